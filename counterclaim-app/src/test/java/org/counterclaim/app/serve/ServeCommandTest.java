package org.counterclaim.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim demo --build-only}, {@code serve} and {@code bench api}. */
class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void demo_builds_a_fresh_ledger_of_the_bundled_reports() throws IOException {
    Path db = dir.resolve("demo.db");
    Files.writeString(db, "an old file that the demo replaces");
    Cli.Run run = Cli.run("demo", "--build-only", "--db", db.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Matcher m = Pattern.compile("demo ledger .*: (\\d+) reports in (\\d+) incidents")
        .matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isGreaterThanOrEqualTo(40);
    assertThat(Integer.parseInt(m.group(2))).isBetween(12, 25);
    Cli.Run incidents = Cli.run("incidents", "--db", db.toString(), "--place", "Kalat");
    assertThat(incidents.out()).contains("Balochistān").contains("BLA");
  }

  @Test
  void serve_answers_on_the_port_it_prints() throws Exception {
    Path db = dir.resolve("ledger.db");
    Cli.run("demo", "--build-only", "--db", db.toString());
    Cli.Running serving = Cli.start("serve", "--db", db.toString(), "--port", "0");
    // the command prints its address once it listens, and serves until the JVM stops
    Pattern printed = Pattern.compile("at (http://localhost:\\d+/)");
    String address = null;
    for (int i = 0; i < 200 && address == null; i++) {
      Thread.sleep(100);
      Matcher m = printed.matcher(serving.out());
      address = m.find() ? m.group(1) : null;
    }
    assertThat(address).as("serve printed no address: " + serving.err()).isNotNull();
    HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(address + "api/incidents?limit=3")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"items\"").contains("\"next\"");
    assertThat(serving.out()).contains("(read-only)");
  }

  @Test
  void serve_refuses_bad_options_in_one_line() throws IOException {
    Path db = dir.resolve("none.db");
    Cli.Run missing = Cli.run("serve", "--db", db.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().lines()).singleElement().asString()
        .contains("none.db: no such ledger (run ingest first)");
    Path ledger = dir.resolve("l.db");
    Cli.run("demo", "--build-only", "--db", ledger.toString());
    Path token = dir.resolve("token.txt");
    Files.writeString(token, "short\n");
    Cli.Run weak = Cli.run("serve", "--db", ledger.toString(), "--token-file", token.toString());
    assertThat(weak.err().lines()).singleElement().asString()
        .contains("token.txt: the token must be at least 16 characters");
    try (ServerSocket taken = new ServerSocket(0)) {
      Cli.Run busy = Cli.run("serve", "--db", ledger.toString(), "--port",
          String.valueOf(taken.getLocalPort()));
      assertThat(busy.exitCode()).isEqualTo(2);
      assertThat(busy.err().lines()).singleElement().asString()
          .contains("cannot listen on localhost:" + taken.getLocalPort());
    }
    Cli.Run tiles = Cli.run("serve", "--db", ledger.toString(), "--tiles", "ftp://x");
    assertThat(tiles.err()).contains("--tiles must be an http(s) URL with {z}, {x} and {y}");
    // the words and actors that clean and group posted reports are read before serving
    Cli.Run actors = Cli.run("serve", "--db", ledger.toString(), "--port", "0",
        "--actors", dir.resolve("none.yaml").toString());
    assertThat(actors.exitCode()).isEqualTo(2);
    assertThat(actors.err().lines()).hasSize(1).first().asString()
        .contains(dir.resolve("none.yaml") + ": no such actor file");
  }

  @Test
  void bench_api_builds_a_ledger_of_made_up_incidents() {
    Path db = dir.resolve("bench.db");
    Cli.Run run = Cli.run("bench", "api", "--incidents", "120", "--db", db.toString(),
        "--build-only");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("120 reports stored").contains("grouped into 120 incidents");
    Cli.Run again = Cli.run("bench", "api", "--incidents", "120", "--db", db.toString(),
        "--build-only");
    assertThat(again.out()).contains("120 incidents, built before");
  }
}
