package org.counterclaim.core.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.counterclaim.core.report.Report;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads the items of an RSS or Atom feed file as reports: the item's link (else its id) names
 * it, its title and content (or description, as text) are the report, its date is the
 * publication date and the feed's title the publisher. An item without text is a problem of its
 * own; a file that is not a feed is one problem.
 */
public final class FeedReports {

  /** A reader of feed files. */
  public FeedReports() {}

  /** Gives {@code action} one result per item of the feed in {@code file}, in feed order. */
  public void forEach(Path file, ReadOptions options, Consumer<? super ReadResult> action) {
    Objects.requireNonNull(options, "options");
    String input = FileNames.of(file);
    SyndFeed feed;
    try {
      if (Files.size(file) > options.maxBytes()) {
        action.accept(new ReadResult.Problem(input,
            TextContent.tooLarge(Files.size(file), options.maxBytes())));
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        SyndFeedInput parser = new SyndFeedInput();
        parser.setAllowDoctypes(false);
        feed = parser.build(new InputSource(in));
      }
    } catch (IOException e) {
      action.accept(new ReadResult.Problem(input, "cannot read: " + e.getMessage()));
      return;
    } catch (FeedException | IllegalArgumentException e) {
      action.accept(new ReadResult.Problem(input,
          "not an RSS or Atom feed: " + TextContent.firstLine(e)));
      return;
    }
    String publisher = options.publisher() != null ? options.publisher() : blankToNull(feed.getTitle());
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      action.accept(item(input, n, entry, publisher, options));
    }
  }

  private static ReadResult item(String input, int n, SyndEntry entry, String publisher,
      ReadOptions options) {
    String id = firstNonBlank(entry.getLink(), entry.getUri(), input + "#item" + n);
    List<String> parts = new ArrayList<>();
    if (entry.getTitle() != null && !entry.getTitle().isBlank()) {
      parts.add(entry.getTitle().strip());
    }
    String body = null;
    for (SyndContent c : entry.getContents()) {
      body = firstNonBlank(body, text(c));
    }
    body = firstNonBlank(body, text(entry.getDescription()));
    if (body == null) {
      return new ReadResult.Problem(id, "feed item without text");
    }
    parts.add(body);
    String text = TextContent.normalise(String.join("\n\n", parts));
    if (text.length() > options.maxBytes()) {
      return new ReadResult.Problem(id, TextContent.tooLargeUnknownSize(options.maxBytes()));
    }
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    LocalDate published = options.published() != null ? options.published()
        : date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    return new ReadResult.Ok(new Report(id, text, published, publisher));
  }

  /** The text of an item's content or description, markup removed, paragraphs kept. */
  private static String text(SyndContent c) {
    if (c == null || c.getValue() == null || c.getValue().isBlank()) {
      return null;
    }
    String value = c.getValue();
    if (c.getType() == null || c.getType().contains("html")) {
      org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(value);
      List<String> paragraphs = new ArrayList<>();
      doc.select("p").forEach(p -> paragraphs.add(p.text()));
      value = paragraphs.isEmpty() ? doc.text() : String.join("\n\n", paragraphs);
    }
    return blankToNull(value.strip());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

}
