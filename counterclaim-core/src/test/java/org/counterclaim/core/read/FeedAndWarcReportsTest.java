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
import org.counterclaim.core.vocabulary.Vocabulary;
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
        new WarcReports(new HtmlCleaner(Vocabulary.shipped())).forEach(warc, ReadOptions.defaults(), a));
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
        new WarcReports(new HtmlCleaner(Vocabulary.shipped())).forEach(bad, ReadOptions.defaults(), a));
    assertThat(results).hasSize(2);
    assertThat(results.get(0)).isInstanceOf(ReadResult.Ok.class);
    assertThat(results.get(1)).isInstanceOfSatisfying(ReadResult.Problem.class, p -> {
      assertThat(p.input()).isEqualTo(bad + " at byte " + bytes.length);
      assertThat(p.reason()).startsWith("malformed WARC record");
    });
  }

  /** A page response whose body claims {@code encoding} but is {@code body} as it is. */
  private static WarcResponse encoded(String uri, String encoding, String charset, byte[] body)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Encoding", encoding)
        .body(MediaType.parse("text/html; charset=" + charset), body).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  private static WarcResponse page(String uri, String sentence) throws IOException {
    return response(uri, 200, "text/html; charset=utf-8", "<html><body><article><p>" + sentence
        + "</p></article></body></html>");
  }

  @Test
  void a_record_with_a_broken_or_unknown_encoding_is_its_own_problem_and_the_next_are_read()
      throws IOException {
    Path warc = dir.resolve("mixed.warc.gz");
    byte[] gzipHeaderThenGarbage = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 'n', 'o', 't',
        ' ', 'd', 'e', 'f', 'l', 'a', 't', 'e', 'd'};
    try (WarcWriter w = new WarcWriter(warc)) {
      w.write(page("https://wire.example/one", "Gunmen killed two guards in Kech."));
      w.write(encoded("https://wire.example/garbage-gzip", "gzip", "utf-8",
          "plainly not gzip".getBytes(StandardCharsets.UTF_8)));
      w.write(encoded("https://wire.example/truncated-gzip", "gzip", "utf-8",
          gzipHeaderThenGarbage));
      w.write(page("https://wire.example/two", "A bomb killed four soldiers in Bannu."));
      w.write(encoded("https://wire.example/brotli", "br", "utf-8",
          new byte[] {(byte) 0xce, (byte) 0xb2, 0x10, 0x00, 0x7f, 0x7f, 0x7f}));
      w.write(encoded("https://wire.example/compress", "x-klingon", "utf-8",
          "<p>qapla</p>".getBytes(StandardCharsets.UTF_8)));
      w.write(page("https://wire.example/three", "Police said three men were abducted."));
    }
    List<ReadResult> results = read(a ->
        new WarcReports(new HtmlCleaner(Vocabulary.shipped())).forEach(warc, ReadOptions.defaults(), a));
    assertThat(results.stream().filter(r -> r instanceof ReadResult.Ok)
        .map(r -> ((ReadResult.Ok) r).report().id()))
        .containsExactly("https://wire.example/one", "https://wire.example/two",
            "https://wire.example/three");
    assertThat(results.stream().filter(r -> r instanceof ReadResult.Problem)
        .map(r -> (ReadResult.Problem) r))
        .extracting(ReadResult.Problem::input)
        .contains("https://wire.example/garbage-gzip", "https://wire.example/truncated-gzip");
    assertThat(results.stream().filter(r -> r instanceof ReadResult.Problem)
        .map(r -> ((ReadResult.Problem) r).reason()))
        .allSatisfy(reason -> assertThat(reason).startsWith("cannot decode the page"));
  }
}
