package org.counterclaim.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.store.testkit.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** End to end: {@code counterclaim ingest} into a SQLite ledger. */
class IngestCommandTest {

  @TempDir Path dir;

  private static final String WIRE = "QUETTA, Pakistan (Reuters) - Gunmen killed seven policemen"
      + " at a check post in Kalat on Monday, police said.\n";
  private static final String LOCAL = "KALAT: Nine policemen were martyred when militants stormed"
      + " a check post on Monday night, the district police officer told Dawn.\n";

  private static final String STORY = "Gunmen on motorcycles opened fire on a passenger van on"
      + " the highway outside Khuzdar on Tuesday evening, killing five people and wounding"
      + " eleven others, police said. The van was travelling from Karachi to Quetta when it was"
      + " stopped near a bridge, a senior police officer told reporters by telephone. Two of the"
      + " wounded were in critical condition at the district hospital, he said, and the dead"
      + " included a woman and her son. No group claimed responsibility for the attack, the third"
      + " on the highway this month. Provincial authorities ordered checkpoints along the road to"
      + " be reinforced and said an inquiry had been opened into the security arrangements.\n";

  private static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>The Makran Herald</title>
        <link>https://makran-herald.example/</link><description>News</description>
        <item><title>Levies post attacked in Kech</title>
          <link>https://makran-herald.example/2026/03/levies-post</link>
          <pubDate>Sat, 14 Mar 2026 08:30:00 +0500</pubDate>
          <description><![CDATA[<p>Gunmen attacked a Levies post in Kech district on Friday
            night, killing three personnel, officials said.</p>]]></description></item>
        <item><title>Photo gallery</title>
          <link>https://makran-herald.example/2026/03/gallery</link></item>
      </channel></rss>
      """;

  private static void writeWarc(Path file) throws IOException {
    String page = "<html><head><title>Convoy ambushed near Mastung</title></head><body><article>"
        + "<h1>Convoy ambushed near Mastung</h1><p>Militants ambushed a Frontier Corps convoy"
        + " near Mastung on Sunday, killing four soldiers, the military said.</p></article>"
        + "</body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8))
        .build();
    try (WarcWriter w = new WarcWriter(file)) {
      w.write(new WarcResponse.Builder(URI.create("https://frontier-daily.example/mastung"))
          .body(http).build());
    }
  }

  private Path folder() throws IOException {
    Path in = dir.resolve("reports");
    Files.createDirectories(in.resolve("more"));
    Files.writeString(in.resolve("wire.txt"), WIRE);
    Files.writeString(in.resolve("more/reprint.txt"), WIRE);
    Files.copy(Path.of("src/test/resources/cli/saved-page.html"), in.resolve("page.html"));
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"dawn-1\", \"text\": \""
        + LOCAL.strip() + "\", \"publisher\": \"Dawn\"}\nnot json\n");
    Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(in.resolve("herald.rss"), RSS);
    Files.writeString(in.resolve("agency-story.txt"), "KHUZDAR (Agencies) - " + STORY);
    Files.writeString(in.resolve("djibo-fr.txt"), "Des hommes armés ont attaqué un poste de"
        + " police à Djibo dimanche soir, tuant sept gendarmes, selon des sources sécuritaires"
        + " locales qui ont requis l'anonymat.\n");
    Files.writeString(in.resolve("more/daily-reprint.txt"), "KHUZDAR: " + STORY
        + "\nCopyright The Frontier Daily.\n");
    writeWarc(in.resolve("crawl.warc.gz"));
    Files.writeString(in.resolve("broken.warc"), "WARC/1.1\r\nnot a header at all\r\n\r\n");
    Files.writeString(in.resolve("notes.md"), "not a report type; ignored\n");
    return in;
  }

  private static long count(Path db, String table) throws SQLException {
    return count("jdbc:sqlite:" + db, table);
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void reports_not_in_english_are_counted_by_language_most_first() {
    assertThat(IngestCommand.notEnglish(new java.util.TreeMap<>(Map.of("fr", 1, "de", 2))))
        .isEqualTo("3 reports not in English (de 2, fr 1): stored, not read");
  }

  @Test
  void a_folder_is_ingested_once_and_a_second_run_changes_nothing()
      throws IOException, SQLException {
    Path in = folder();
    Path db = dir.resolve("ledger.db");
    Cli.Run first = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.out()).contains("ingested 9 reports into " + db + ": 6 new, 0 revised,"
        + " 0 unchanged, 1 duplicates, 1 near-copies, 1 not in English (kept, not extracted);"
        + " 4 problems");
    assertThat(first.out()).contains("1 report not in English (fr 1): stored, not read");
    assertThat(first.err().lines())
        .anyMatch(l -> l.startsWith(in.resolve("broken.txt") + ": not text"))
        .anyMatch(l -> l.startsWith(in.resolve("feed.jsonl") + ": line 2: "))
        .anyMatch(l -> l.startsWith(in.resolve("herald.rss")
            + ": https://makran-herald.example/2026/03/gallery: feed item without text"))
        .anyMatch(l -> l.startsWith(in.resolve("broken.warc") + " at byte 0: malformed WARC"));
    assertThat(count(db, "reports")).isEqualTo(9);
    long claims = count(db, "claims");
    assertThat(claims).isGreaterThanOrEqualTo(3);
    assertThat(count(db, "places")).isPositive();

    Cli.Run second = Cli.run("ingest", "--db", db.toString(), in.toString());
    assertThat(second.out()).contains("0 new, 0 revised, 9 unchanged, 0 duplicates,"
        + " 0 near-copies, 0 not in English (kept, not extracted); 4 problems");
    assertThat(second.out()).doesNotContain("reports not in English");
    assertThat(Cli.run("search", "gendarmes", "--db", db.toString()).out())
        .contains("djibo-fr.txt [fr, not read]: ");
    assertThat(count(db, "reports")).isEqualTo(9);
    assertThat(count(db, "claims")).isEqualTo(claims);
    assertThat(count(db, "problems")).isEqualTo(4);
  }

  /** Every row of the ledger but the times it was written, sorted, for comparing ledgers. */
  private static java.util.List<String> contents(Path db) throws SQLException {
    java.util.List<String> rows = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (String q : java.util.List.of(
          "SELECT report_key, content_hash, duplicate_of, copy_of, language, event_date FROM reports",
          "SELECT report_key, idx, outcome, victims, low, high, claimant FROM claims",
          "SELECT report_key, idx, quote_text, speaker_name FROM quotes",
          "SELECT report_key, idx, mention, geoname_id, event FROM places",
          "SELECT source, reason FROM problems")) {
        try (ResultSet rs = c.createStatement().executeQuery(q)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder(q.substring(q.lastIndexOf(' ') + 1));
            for (int i = 1; i <= n; i++) {
              row.append('|').append(rs.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    java.util.Collections.sort(rows);
    return rows;
  }

  @Test
  void a_run_stopped_midway_and_run_again_ends_with_the_same_ledger()
      throws IOException, SQLException {
    Path in = folder();
    Path whole = dir.resolve("whole.db");
    Cli.run("ingest", "--db", whole.toString(), in.toString());
    // the run that stopped had got through the first files of the folder's order
    Path resumed = dir.resolve("resumed.db");
    Cli.run("ingest", "--db", resumed.toString(), in.resolve("agency-story.txt").toString(),
        in.resolve("broken.txt").toString(), in.resolve("broken.warc").toString(),
        in.resolve("crawl.warc.gz").toString());
    Cli.Run again = Cli.run("ingest", "--db", resumed.toString(), in.toString());
    assertThat(again.out()).contains("2 unchanged");
    assertThat(contents(resumed)).isEqualTo(contents(whole));
  }

  @Test
  void the_ingested_reports_can_be_searched_by_their_words() throws IOException {
    Path in = folder();
    Path db = dir.resolve("ledger.db");
    Cli.run("ingest", "--db", db.toString(), in.toString());
    Cli.Run found = Cli.run("search", "--db", db.toString(), "van", "Khuzdar");
    assertThat(found.exitCode()).isZero();
    assertThat(found.out().lines()).hasSize(2)
        .allMatch(l -> l.contains("story.txt: ") || l.contains("reprint.txt: "))
        .allMatch(l -> l.contains("[van]") || l.contains("[Khuzdar]"));
    Cli.Run none = Cli.run("search", "--db", db.toString(), "zeppelin");
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.out()).isEmpty();
    Cli.Run noLedger = Cli.run("search", "--db", dir.resolve("none.db").toString(), "van");
    assertThat(noLedger.exitCode()).isEqualTo(2);
    assertThat(noLedger.err()).contains("none.db: no such ledger (run ingest first)");
  }

  @Test
  void a_folder_is_ingested_into_postgresql_the_same_way() throws IOException, SQLException {
    Path in = folder();
    String url = PostgresTestServer.emptyDatabaseUrl();
    // the password from a file, so that it is not in the process list; the user in the URL
    PostgresTestServer.Server server = PostgresTestServer.server();
    Path password = Files.writeString(dir.resolve("pg-password"), server.password() + "\n");
    String shown = server.url() + "?user=" + server.user();
    Cli.Run first = Cli.run("ingest", "--db", shown, "--db-password-file", password.toString(),
        in.toString());
    assertThat(first.out() + first.err()).doesNotContain("password");
    assertThat(first.out()).contains("6 new, 0 revised, 0 unchanged, 1 duplicates,"
        + " 1 near-copies, 1 not in English (kept, not extracted); 4 problems");
    long claims = count(url, "claims");
    Cli.Run second = Cli.run("ingest", "--db", url, in.toString());
    assertThat(second.out()).contains("0 new, 0 revised, 9 unchanged, 0 duplicates,"
        + " 0 near-copies, 0 not in English (kept, not extracted); 4 problems");
    assertThat(count(url, "reports")).isEqualTo(9);
    assertThat(count(url, "claims")).isEqualTo(claims);
    assertThat(count(url, "problems")).isEqualTo(4);
  }

  @Test
  void a_missing_path_or_a_file_that_is_not_a_ledger_is_a_one_line_error() throws IOException {
    Cli.Run missing = Cli.run("ingest", "--db", dir.resolve("l.db").toString(),
        dir.resolve("nowhere").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1).first().asString()
        .contains(dir.resolve("nowhere") + ": no such file or folder");

    Path notes = dir.resolve("notes.db");
    Files.writeString(notes, "my notes, not a database\n".repeat(100));
    Path report = dir.resolve("r.txt");
    Files.writeString(report, WIRE);
    Cli.Run wrong = Cli.run("ingest", "--db", notes.toString(), report.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err().lines()).hasSize(1).first().asString()
        .contains(notes + ": cannot open the ledger");
    assertThat(Files.readString(notes)).startsWith("my notes");
  }

  @Test
  void a_missing_path_among_others_is_a_recorded_problem_and_the_others_are_stored()
      throws IOException, SQLException {
    Path report = dir.resolve("r.txt");
    Files.writeString(report, WIRE);
    Path db = dir.resolve("l.db");
    Cli.Run run = Cli.run("ingest", "--db", db.toString(), dir.resolve("nowhere").toString(),
        report.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(dir.resolve("nowhere") + ": no such file or folder");
    assertThat(run.out()).contains("1 new").contains("1 problems");
    assertThat(count(db, "reports")).isEqualTo(1);
    assertThat(count(db, "problems")).isEqualTo(1);
  }
}
