package org.counterclaim.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.counterclaim.core.clean.CleanedPage;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.report.Report;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC or WARC.gz file as reports: every response record holding an
 * HTML page with status 200 becomes the page's article text and metadata (as a saved page does),
 * named by its target URL. Other records are passed over. A page that cannot be read — a body
 * whose content encoding is broken or unknown, a charset no decoder knows for bytes that are not
 * UTF-8, binary content — is a problem of its own and the records after it are still read; only
 * a malformed record, after which the next cannot be found, ends the file with a problem naming
 * its byte offset.
 */
public final class WarcReports {

  /** The content encodings a page body may have (jwarc decodes them). */
  private static final java.util.Set<String> ENCODINGS =
      java.util.Set.of("identity", "gzip", "x-gzip", "deflate", "br");

  private final HtmlCleaner cleaner;

  /** A reader that cleans pages with {@code cleaner}. */
  public WarcReports(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /** Gives {@code action} one result per HTML page of {@code file}, in file order. */
  public void forEach(Path file, ReadOptions options, Consumer<? super ReadResult> action) {
    Objects.requireNonNull(options, "options");
    String input = FileNames.of(file);
    try (WarcReader reader = new WarcReader(file)) {
      java.util.Iterator<WarcRecord> records = reader.iterator();
      while (true) {
        WarcRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (RuntimeException e) {
          // the iterator wraps parsing failures; the reader cannot find the next record after one
          action.accept(new ReadResult.Problem(input + " at byte " + reader.position(),
              "malformed WARC record: "
                  + TextContent.firstLine(e.getCause() != null ? e.getCause() : e)));
          break;
        }
        if (record instanceof WarcResponse response) {
          ReadResult r = pageOrProblem(response, options);
          if (r != null) {
            action.accept(r);
          }
        }
      }
    } catch (IOException e) {
      action.accept(new ReadResult.Problem(input, "not a WARC file: " + TextContent.firstLine(e)));
    }
  }

  /**
   * The page of {@code response}, a problem of its own when its body cannot be decoded, or null
   * when it holds no HTML page. The record's own framing is read by the reader, so a body read
   * only in part leaves the next record where it was.
   */
  private ReadResult pageOrProblem(WarcResponse response, ReadOptions options) {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return null; // not an HTTP response (e.g. DNS): nothing to read
    }
    MediaType type;
    try {
      type = http.contentType();
    } catch (RuntimeException e) {
      return null; // a content type that does not parse is no HTML page
    }
    if (http.status() != 200 || type == null || !type.base().equals(MediaType.HTML)) {
      return null;
    }
    String id = response.target();
    String encoding = http.headers().first("Content-Encoding").orElse("identity").strip()
        .toLowerCase(java.util.Locale.ROOT);
    if (!ENCODINGS.contains(encoding)) {
      return new ReadResult.Problem(id, "cannot decode the page: unknown content encoding '"
          + encoding + "'");
    }
    try {
      return page(id, http, type, options);
    } catch (IOException | RuntimeException e) {
      return new ReadResult.Problem(id, "cannot decode the page (content encoding " + encoding
          + "): " + TextContent.firstLine(e));
    }
  }

  private ReadResult page(String id, HttpResponse http, MediaType type, ReadOptions options)
      throws IOException {
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    }
    if (bytes.length > options.maxBytes()) {
      return new ReadResult.Problem(id, TextContent.tooLargeUnknownSize(options.maxBytes()));
    }
    Charset charset = charset(type);
    if (charset == null) {
      return new ReadResult.Problem(id, "cannot decode the page: unknown charset '"
          + type.parameters().get("charset") + "' and not UTF-8");
    }
    if (TextContent.isBinary(bytes)) {
      return new ReadResult.Problem(id, "not text (binary content)");
    }
    String html = TextContent.normalise(new String(bytes, charset));
    CleanedPage page = cleaner.clean(html, id);
    if (page.text().isBlank()) {
      return new ReadResult.Problem(id, "no article text in the web page");
    }
    return new ReadResult.Ok(new Report(id, page.text(),
        options.published() != null ? options.published() : page.published(),
        options.publisher() != null ? options.publisher() : page.siteName()));
  }

  /** The page's charset: the one it names, UTF-8 when it names none, null when unknown. */
  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

}
