package org.counterclaim.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.counterclaim.core.clean.CleanedPage;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.report.Report;

/**
 * Reads one report from one file: UTF-8 plain text, or a saved web page ({@code .html}, {@code
 * .htm}) reduced to its article text. The report id is the path as given ({@link FileNames}: its
 * bytes as UTF-8, whatever the locale). Never throws for bad
 * input: a missing, unreadable, oversized, empty, binary or non-UTF-8 file is a {@link
 * ReadResult.Problem}.
 */
public final class ReportFiles {

  private final HtmlCleaner cleaner;

  /** A reader that reduces web pages with {@code cleaner}. */
  public ReportFiles(HtmlCleaner cleaner) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
  }

  /**
   * The report in {@code file}, or the problem that prevents reading it. The size is checked before
   * anything is read. The options' date and publisher, when set, replace the page's own.
   */
  public ReadResult read(Path file, ReadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    String input = FileNames.of(file);

    byte[] bytes;
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        return new ReadResult.Problem(input, "is a directory");
      }
      if (attributes.isRegularFile() && attributes.size() > options.maxBytes()) {
        return new ReadResult.Problem(
            input, TextContent.tooLarge(attributes.size(), options.maxBytes()));
      }
      // Read at most one byte past the limit, in case the file grew or is not a regular file.
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) options.maxBytes() + 1);
      }
    } catch (NoSuchFileException e) {
      return new ReadResult.Problem(input, "no such file");
    } catch (AccessDeniedException e) {
      return new ReadResult.Problem(input, "permission denied");
    } catch (IOException e) {
      return new ReadResult.Problem(input, "cannot read: " + describe(e));
    }

    if (bytes.length > options.maxBytes()) {
      return new ReadResult.Problem(input, TextContent.tooLargeUnknownSize(options.maxBytes()));
    }
    if (bytes.length == 0) {
      return new ReadResult.Problem(input, "empty file");
    }
    if (TextContent.isBinary(bytes)) {
      return new ReadResult.Problem(input, "not text (binary content)");
    }
    CharBuffer decoded = CharBuffer.allocate(bytes.length);
    ByteBuffer source = ByteBuffer.wrap(bytes);
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = utf8.decode(source, decoded, true);
    if (!result.isError()) {
      result = utf8.flush(decoded);
    }
    if (result.isError()) {
      return new ReadResult.Problem(input, "invalid UTF-8 at byte " + source.position());
    }
    String text = TextContent.normalise(decoded.flip().toString());
    if (text.isBlank()) {
      return new ReadResult.Problem(input, "blank (only whitespace)");
    }

    if (isWebPage(file)) {
      CleanedPage page = cleaner.clean(text, baseUri(file));
      if (page.text().isBlank()) {
        return new ReadResult.Problem(input, "no article text in the web page");
      }
      return ok(input, page.text(), options, page.published(), page.siteName());
    }
    return ok(input, text, options, null, null);
  }

  private static ReadResult ok(
      String id, String text, ReadOptions options, LocalDate pagePublished, String pagePublisher) {
    return new ReadResult.Ok(
        new Report(
            id,
            text,
            options.published() != null ? options.published() : pagePublished,
            options.publisher() != null ? options.publisher() : pagePublisher));
  }

  private static boolean isWebPage(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm");
  }

  private static String baseUri(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
