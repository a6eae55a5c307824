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
 * named by its target URL. Other records are passed over. A page that cannot be read is a problem
 * of its own; a malformed record ends the file with a problem naming its byte offset.
 */
public final class WarcReports {

  private final HtmlCleaner cleaner;

  /** A reader that cleans pages with {@code cleaner}. */
  public WarcReports(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /** Gives {@code action} one result per HTML page of {@code file}, in file order. */
  public void forEach(Path file, ReadOptions options, Consumer<? super ReadResult> action) {
    Objects.requireNonNull(options, "options");
    String input = file.toString();
    try (WarcReader reader = new WarcReader(file)) {
      try {
        for (WarcRecord record : reader) {
          if (record instanceof WarcResponse response) {
            ReadResult r = page(response, options);
            if (r != null) {
              action.accept(r);
            }
          }
        }
      } catch (RuntimeException | IOException e) {
        long at = reader.position();
        // the iterator wraps parsing failures; the reader cannot find the next record after one
        action.accept(new ReadResult.Problem(input + " at byte " + at,
            "malformed WARC record: " + TextContent.firstLine(e.getCause() != null ? e.getCause() : e)));
      }
    } catch (IOException e) {
      action.accept(new ReadResult.Problem(input, "not a WARC file: " + TextContent.firstLine(e)));
    }
  }

  private ReadResult page(WarcResponse response, ReadOptions options) throws IOException {
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return null; // not an HTTP response (e.g. DNS): nothing to read
    }
    MediaType type = http.contentType();
    if (http.status() != 200 || type == null || !type.base().equals(MediaType.HTML)) {
      return null;
    }
    String id = response.target();
    byte[] bytes;
    try (InputStream in = http.bodyDecoded().stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    }
    if (bytes.length > options.maxBytes()) {
      return new ReadResult.Problem(id, TextContent.tooLargeUnknownSize(options.maxBytes()));
    }
    String html = TextContent.normalise(new String(bytes, charset(type)));
    CleanedPage page = cleaner.clean(html, id);
    if (page.text().isBlank()) {
      return new ReadResult.Problem(id, "no article text in the web page");
    }
    return new ReadResult.Ok(new Report(id, page.text(),
        options.published() != null ? options.published() : page.published(),
        options.publisher() != null ? options.publisher() : page.siteName()));
  }

  private static Charset charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

}
