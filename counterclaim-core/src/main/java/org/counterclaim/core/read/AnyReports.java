package org.counterclaim.core.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.counterclaim.core.clean.HtmlCleaner;

/**
 * Reads any file Counterclaim takes, by its name: JSON Lines ({@code .jsonl}), feeds ({@code
 * .rss}, {@code .atom}, {@code .xml}), web archives ({@code .warc}, {@code .warc.gz}), else one
 * report (text or a saved web page). The ingest command and the Spark job read with it.
 */
public final class AnyReports {

  /** The endings of the files it reads. */
  public static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl",
      ".rss", ".atom", ".xml", ".warc", ".warc.gz");

  private final ReportFiles files;
  private final FeedReports feeds = new FeedReports();
  private final WarcReports warcs;
  private final JsonlReports lines = new JsonlReports();

  /** A reader that reduces web pages (also those in web archives) with {@code cleaner}. */
  public AnyReports(HtmlCleaner cleaner) {
    Objects.requireNonNull(cleaner, "cleaner");
    this.files = new ReportFiles(cleaner);
    this.warcs = new WarcReports(cleaner);
  }

  /** Whether {@code name} ends like a file it reads. */
  public static boolean reads(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /**
   * Gives {@code action} every result of {@code file}, read as {@code name} says ({@code name}
   * is the file's own name unless the file is a copy of another).
   */
  public void forEach(Path file, String name, ReadOptions options,
      Consumer<? super ReadResult> action) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      try (BufferedReader in = JsonlReports.open(Files.newInputStream(file))) {
        lines.forEach(in, options, action);
      } catch (IOException e) {
        action.accept(new ReadResult.Problem(name, "cannot read: " + e.getMessage()));
      }
    } else if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml")) {
      feeds.forEach(file, options, action);
    } else if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
      warcs.forEach(file, options, action);
    } else {
      action.accept(files.read(file, options));
    }
  }
}
