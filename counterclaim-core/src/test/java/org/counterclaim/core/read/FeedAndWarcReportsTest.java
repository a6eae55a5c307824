package org.counterclaim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.clean.HtmlCleaner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Feeds and web archives written for these tests, read as reports. */
class FeedAndWarcReportsTest {

  @TempDir Path dir;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel>
        <title>The Makran Herald</title>
        <link>https://makran-herald.example/</link>
        <description>News from Makran</description>
        <item>
          <title>Levies post attacked in Kech</title>
          <link>https://makran-herald.example/2026/03/levies-post</link>
          <pubDate>Sat, 14 Mar 2026 08:30:00 +0500</pubDate>
          <description><![CDATA[<p>Gunmen attacked a Levies post in Kech district on Friday night,
            killing three personnel, officials said.</p><p>Two attackers were also killed.</p>]]></description>
        </item>
        <item>
          <title>Photo gallery</title>
          <link>https://makran-herald.example/2026/03/gallery</link>
        </item>
      </channel></rss>
      """;

  private static List<ReadResult> read(java.util.function.Consumer<java.util.function.Consumer<ReadResult>> reader) {
    List<ReadResult> out = new ArrayList<>();
    reader.accept(out::add);
    return out;
  }

  @Test
  void feed_items_become_reports_with_their_link_date_and_the_feed_title() throws IOException {
    Path feed = dir.resolve("feed.rss");
    Files.writeString(feed, RSS);
    List<ReadResult> results = read(a -> new FeedReports().forEach(feed, ReadOptions.defaults(), a));
    assertThat(results).hasSize(2);
    ReadResult.Ok ok = (ReadResult.Ok) results.get(0);
    assertThat(ok.report().id()).isEqualTo("https://makran-herald.example/2026/03/levies-post");
    assertThat(ok.report().text()).startsWith("Levies post attacked in Kech\n\nGunmen attacked")
        .contains("\n\nTwo attackers were also killed.").doesNotContain("<p>");
    assertThat(ok.report().published()).isEqualTo(LocalDate.of(2026, 3, 14));
    assertThat(ok.report().publisher()).isEqualTo("The Makran Herald");
    assertThat(results.get(1)).isEqualTo(new ReadResult.Problem(
        "https://makran-herald.example/2026/03/gallery", "feed item without text"));
  }

  @Test
  void a_file_that_is_not_a_feed_is_one_problem() throws IOException {
    Path notFeed = dir.resolve("notes.xml");
    Files.writeString(notFeed, "<notes><note>call the editor</note></notes>");
    List<ReadResult> results =
        read(a -> new FeedReports().forEach(notFeed, ReadOptions.defaults(), a));
    assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Problem.class,
        p -> assertThat(p.reason()).startsWith("not an RSS or Atom feed"));
  }

  private static WarcResponse response(String uri, int status, String type, String body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  static void writeWarc(Path file, String page) throws IOException {
    try (WarcWriter w = new WarcWriter(file)) {
      w.write(response("https://makran-herald.example/2026/03/kech", 200,
          "text/html; charset=utf-8", page));
      w.write(response("https://makran-herald.example/logo.png", 200, "image/png", "PNG"));
      w.write(response("https://makran-herald.example/missing", 404, "text/html", "<p>gone</p>"));
    }
  }

  @Test
  void html_pages_of_a_web_archive_become_reports_and_the_rest_is_passed_over()
      throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    String page = Files.readString(Path.of("src/test/resources/clean/full-page.html"));
    writeWarc(warc, page);
    List<ReadResult> results = read(a ->
        new WarcReports(new HtmlCleaner()).forEach(warc, ReadOptions.defaults(), a));
    assertThat(results).singleElement().isInstanceOfSatisfying(ReadResult.Ok.class, ok -> {
      assertThat(ok.report().id()).isEqualTo("https://makran-herald.example/2026/03/kech");
      assertThat(ok.report().text()).doesNotContain("Discover the latest");
    });
  }

  @Test
  void a_malformed_record_ends_the_file_with_a_problem_naming_its_offset() throws IOException {
    Path good = dir.resolve("good.warc");
    writeWarc(good, "<html><body><article><p>Three soldiers were killed.</p></article></body></html>");
    byte[] bytes = Files.readAllBytes(good);
    Path bad = dir.resolve("bad.warc");
    byte[] broken = new byte[bytes.length + 40];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    System.arraycopy("WARC/1.1\r\nthis is not a header\r\n\r\n".getBytes(StandardCharsets.UTF_8),
        0, broken, bytes.length, 33);
    Files.write(bad, broken);
    List<ReadResult> results = read(a ->
        new WarcReports(new HtmlCleaner()).forEach(bad, ReadOptions.defaults(), a));
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Problem.class, p -> {
      assertThat(p.input()).isEqualTo(bad + " at byte " + bytes.length);
      assertThat(p.reason()).startsWith("malformed WARC record");
    });
  }
}
