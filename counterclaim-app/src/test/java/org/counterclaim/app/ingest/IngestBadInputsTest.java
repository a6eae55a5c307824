package org.counterclaim.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * End to end, as a user runs it: {@code counterclaim ingest} in a process of its own under the C
 * locale, over a batch with an unreadable folder, a FIFO, a web archive with a broken record
 * between good ones, a JSON Lines file with a bad line, and files whose names differ only in
 * non-ASCII letters or are not UTF-8 at all (in the folder and on the command line): every
 * readable report is stored once, under its own name, and every bad input is a recorded problem.
 */
class IngestBadInputsTest {

  @TempDir Path dir;

  /** Runs {@code sh -c script} in {@code where}. */
  private static void sh(Path where, String script) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("sh", "-c", script).directory(where.toFile())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(script + ": " + out).isZero();
  }

  /** A file named by {@code printfName} (octal escapes: names Java itself cannot make). */
  private static void report(Path where, String printfName, String text)
      throws IOException, InterruptedException {
    Path tmp = where.resolve("next.tmp");
    Files.writeString(tmp, text);
    sh(where, "mv next.tmp \"$(printf '" + printfName + "')\"");
  }

  private static void warc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(file)) {
      w.write(page("https://frontier.example/one", "Militants ambushed a convoy near Mastung on"
          + " Sunday, killing four soldiers, the military said.", null));
      w.write(page("https://frontier.example/broken", "not gzip at all", "gzip"));
      w.write(page("https://frontier.example/two", "A roadside bomb killed two levies in Kech on"
          + " Monday, officials said.", null));
    }
  }

  private static WarcResponse page(String url, String sentence, String encoding)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK");
    if (encoding != null) {
      http.addHeader("Content-Encoding", encoding);
    }
    byte[] body = ("<html><body><article><p>" + sentence + "</p></article></body></html>")
        .getBytes(StandardCharsets.UTF_8);
    return new WarcResponse.Builder(URI.create(url))
        .body(http.body(MediaType.parse("text/html; charset=utf-8"), body).build()).build();
  }

  /**
   * The command to run {@code counterclaim ARGS} in a JVM of its own under the C locale; as root
   * (who reads every folder), without the capabilities that bypass file permissions.
   */
  private List<String> counterclaim(String... args) {
    List<String> cmd = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      cmd.addAll(List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"));
    }
    cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.counterclaim.app.Counterclaim"));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void a_batch_with_bad_inputs_under_the_c_locale_stores_every_good_report_once()
      throws Exception {
    Path in = Files.createDirectories(dir.resolve("reports"));
    report(in, "caf\\303\\251.txt", "Gunmen killed three policemen in Quetta on Monday, police"
        + " said.\n");
    report(in, "caf\\303\\250.txt", "A suicide bomber killed nine worshippers at a mosque in"
        + " Peshawar on Friday, hospital officials said.\n");
    report(in, "lat\\351.txt", "Bandits abducted twelve farmers in Zamfara on Tuesday, residents"
        + " said.\n");
    Files.writeString(in.resolve("wire.txt"), "Insurgents attacked a checkpoint in Maiduguri on"
        + " Sunday, killing five soldiers, the army said.\n");
    Files.createDirectories(in.resolve("locked"));
    Files.writeString(in.resolve("locked/hidden.txt"), "Nobody can read this report.\n");
    sh(in, "chmod 000 locked");
    sh(in, "mkfifo pipe.txt");
    warc(in.resolve("crawl.warc.gz"));
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"feed-1\", \"text\": \"Troops killed"
        + " six militants in North Waziristan on Saturday, the military said.\"}\n{broken\n");
    report(dir, "named-\\351.txt", "A landmine killed two children in Helmand on Wednesday,"
        + " local officials said.\n");
    sh(dir, "chmod -R a+rwX . && chmod 000 reports/locked");

    Path db = dir.resolve("ledger.db");
    // the last argument is a Latin-1 name: Java cannot pass its bytes, the shell can
    List<String> cmd = new ArrayList<>(List.of("sh", "-c",
        "exec \"$@\" \"$(printf 'named-\\351.txt')\"", "sh"));
    cmd.addAll(counterclaim("ingest", "--db", db.toString(), "reports"));
    ProcessBuilder run = new ProcessBuilder(cmd).directory(dir.toFile())
        .redirectErrorStream(true);
    run.environment().put("LC_ALL", "C");
    run.environment().put("LANG", "C");
    Process p = run.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    sh(dir, "chmod 755 reports/locked");

    assertThat(exit).as(out).isEqualTo(1);
    assertThat(out).contains("ingested 8 reports").contains("8 new").contains("4 problems");
    assertThat(column(db, "SELECT report_key FROM reports")).containsExactlyInAnyOrder(
        "reports/café.txt", "reports/cafè.txt", "reports/lat\\xE9.txt", "reports/wire.txt",
        "https://frontier.example/one", "https://frontier.example/two", "feed-1",
        "named-\\xE9.txt");
    List<String> problems = column(db, "SELECT source || ' -- ' || reason FROM problems");
    assertThat(problems).hasSize(4)
        .contains("reports/locked -- cannot read: permission denied",
            "reports/pipe.txt -- not a regular file (a FIFO)")
        .anyMatch(line -> line.startsWith("reports/crawl.warc.gz: https://frontier.example/broken --"
            + " cannot decode the page (content encoding gzip)"))
        .anyMatch(line -> line.startsWith("reports/feed.jsonl: line 2 -- not JSON"));
  }

  private static List<String> column(Path db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
