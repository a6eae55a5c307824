package org.counterclaim.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.server.CounterclaimServer;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim extract}. */
class ExtractCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REPORT =
      "QUETTA: Seven policemen were killed and two others injured when gunmen attacked a check"
          + " post on Monday, police said.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void a_text_report_becomes_one_json_object_with_claims_and_totals() throws IOException {
    Path report = write("report.txt", REPORT);
    Cli.Run run = Cli.run("extract", report.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("id").asText()).isEqualTo(report.toString());
    assertThat(json.get("claims")).hasSize(2);
    assertThat(json.get("claims").get(0).get("claimant").get("type").asText()).isEqualTo("police");
    assertThat(json.get("totals").get("killed").get("best").asInt()).isEqualTo(7);
    assertThat(json.get("text").asText()).isEqualTo(REPORT);
  }

  @Test
  void a_saved_web_page_gives_its_main_text_and_metadata_but_not_its_footer() throws IOException {
    Path page = dir.resolve("page.html");
    Files.copy(Path.of("src/test/resources/cli/saved-page.html"), page);
    Cli.Run run = Cli.run("extract", page.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("publisher").asText()).isEqualTo("The Makran Herald");
    assertThat(json.get("published").asText()).isEqualTo("2026-03-14");
    assertThat(json.get("text").asText()).doesNotContain("Discover the latest", "cookies", "different story");
    assertThat(json.get("claims")).extracting(c -> c.get("count").get("low").asInt()).containsExactly(4, 3);
    assertThat(json.get("claims").get(0).get("victims").asText()).isEqualTo("security_forces");
  }

  @Test
  void publication_options_override_what_the_input_says() throws IOException {
    Path page = dir.resolve("page.html");
    Files.copy(Path.of("src/test/resources/cli/saved-page.html"), page);
    Cli.Run run = Cli.run("extract", "--published", "2026-02-02", "--publisher", "Dawn", page.toString());
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.get("published").asText()).isEqualTo("2026-02-02");
    assertThat(json.get("publisher").asText()).isEqualTo("Dawn");
    assertThat(json.get("claims").get(0).get("relayedBy").asText()).isEqualTo("Dawn");
  }

  @Test
  void jsonl_mode_writes_a_line_per_report_and_an_error_record_for_each_bad_line() throws IOException {
    Path input = write("reports.jsonl", String.join("\n",
        "{\"id\":\"a\",\"text\":\"Two soldiers were killed in Kech.\",\"publisher\":\"Dawn\"}",
        "this is not json",
        "{\"id\":\"c\",\"title\":\"no text here\"}",
        "",
        "{\"id\":\"d\",\"text\":\"Militants abducted five engineers.\",\"published\":\"2026-01-05\"}")
        + "\n");
    Cli.Run run = Cli.run("extract", "--jsonl", input.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines.get(0)).get("totals").get("killed").get("best").asInt()).isEqualTo(2);
    assertThat(JSON.readTree(lines.get(1)).get("id").asText()).isEqualTo("line 2");
    assertThat(JSON.readTree(lines.get(1)).get("error").asText()).startsWith("not JSON");
    assertThat(JSON.readTree(lines.get(2)).get("error").asText()).isEqualTo("no \"text\" field");
    assertThat(JSON.readTree(lines.get(3)).get("published").asText()).isEqualTo("2026-01-05");
    assertThat(run.err().lines()).hasSize(3).last().asString().contains("2 reports extracted, 2 bad lines");
  }

  @Test
  void bad_files_get_one_line_naming_the_file_and_the_reason_and_exit_status_2() throws IOException {
    Path empty = write("empty.txt", "");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0});
    Path badUtf8 = dir.resolve("latin1.txt");
    Files.write(badUtf8, "caf\u00e9 attack".getBytes(StandardCharsets.ISO_8859_1));
    Path huge = dir.resolve("huge.txt");
    try (OutputStream out = Files.newOutputStream(huge)) {
      byte[] chunk = "killed ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
      for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
        out.write(chunk);
      }
    }
    assertOneLineError(Cli.run("extract", empty.toString()), empty + ": empty file");
    assertOneLineError(Cli.run("extract", binary.toString()), binary + ": not text (binary content)");
    assertOneLineError(Cli.run("extract", badUtf8.toString()), badUtf8 + ": invalid UTF-8 at byte 3");
    assertOneLineError(Cli.run("extract", huge.toString()), huge + ": too large");
    assertOneLineError(Cli.run("extract", dir.resolve("missing.txt").toString()), "missing.txt: no such file");
  }

  @Test
  void usage_mistakes_are_one_line_errors_with_exit_status_2() {
    assertOneLineError(Cli.run("extract", "--frobnicate", "x.txt"), "unknown option: '--frobnicate'");
    assertOneLineError(Cli.run("extract", "--published", "yesterday", "x.txt"),
        "'yesterday' is not a date (YYYY-MM-DD)");
    assertOneLineError(Cli.run("extract"), "no input");
  }

  @Test
  void a_bad_actor_file_is_named_in_the_error(@TempDir Path other) throws IOException {
    Path report = write("report.txt", REPORT);
    Path actors = other.resolve("actors.yaml");
    Files.writeString(actors, "- id: x\n  name: X\n  type: not-a-type\n");
    assertOneLineError(Cli.run("extract", "--actors", actors.toString(), report.toString()),
        actors + ": not a valid actor list");
  }

  @Test
  void with_several_files_the_good_ones_are_still_extracted() throws IOException {
    Path good = write("good.txt", REPORT);
    Path empty = write("empty.txt", "   \n");
    Cli.Run run = Cli.run("extract", good.toString(), empty.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(run.out())).hasSize(1);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains(empty.toString());
  }

  @Test
  void places_and_event_places_are_in_the_output_and_claims_point_to_theirs() throws IOException {
    Path report = write("kalat.txt", "Gunmen attacked a check post in Kalat, Balochistan, on"
        + " Monday, killing seven policemen, officials said. Islamabad blamed India.\n");
    Cli.Run run = Cli.run("extract", report.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode json = JSON.readTree(run.out());
    JsonNode kalat = json.get("places").get(0);
    assertThat(kalat.get("mention").asText()).isEqualTo("Kalat");
    assertThat(kalat.get("country").asText()).isEqualTo("PK");
    assertThat(kalat.get("precision").asText()).isEqualTo("town");
    assertThat(kalat.get("event").asBoolean()).isTrue();
    assertThat(json.get("eventPlaces").get(0).get("name").asText()).isEqualTo("Kalat");
    assertThat(json.get("claims").get(0).get("places")).extracting(JsonNode::asInt)
        .containsExactly(0, 1);
    assertThat(json.get("places")).filteredOn(p -> p.get("mention").asText().equals("Islamabad"))
        .singleElement().satisfies(p -> assertThat(p.get("event").asBoolean()).isFalse());
  }

  @Test
  void a_geonames_dump_adds_places_the_shipped_gazetteer_lacks(@TempDir Path other)
      throws IOException {
    Path dump = other.resolve("PK.txt");
    Files.writeString(dump, String.join("\t", "99000001", "Zarghunabad", "Zarghunabad",
        "Zarghoonabad", "30.1", "67.2", "P", "PPL", "PK", "", "02", "", "", "", "120", "", "",
        "Asia/Karachi", "2024-01-01") + "\n");
    Path report = write("village.txt", "Three villagers were killed in Zarghoonabad on Friday"
        + " when gunmen opened fire, police said.\n");
    Cli.Run run = Cli.run("extract", "--gazetteer", dump.toString(), report.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode place = JSON.readTree(run.out()).get("places").get(0);
    assertThat(place.get("geonameId").asInt()).isEqualTo(99000001);
    assertThat(place.get("name").asText()).isEqualTo("Zarghunabad");
  }

  @Test
  void a_missing_or_malformed_gazetteer_is_named_in_the_error(@TempDir Path other)
      throws IOException {
    Path report = write("report.txt", REPORT);
    assertOneLineError(Cli.run("extract", "--gazetteer", other.resolve("none.txt").toString(),
        report.toString()), other.resolve("none.txt") + ": no such gazetteer file");
    Path bad = other.resolve("bad.txt");
    Files.writeString(bad, "this is not a gazetteer\n");
    assertOneLineError(Cli.run("extract", "--gazetteer", bad.toString(), report.toString()),
        bad + ": line 1: 1 columns, a GeoNames table has 19");
  }

  @Test
  void a_vocabulary_folder_extends_the_shipped_word_lists(@TempDir Path words)
      throws IOException {
    Path report = write("purge.txt", "Five soldiers were liquidated in the raid on Tuesday, the"
        + " army said.\n");
    Cli.Run shipped = Cli.run("extract", report.toString());
    assertThat(JSON.readTree(shipped.out()).get("claims")).isEmpty();
    Files.createDirectories(words.resolve("casualty"));
    Files.writeString(words.resolve("casualty/triggers.tsv"),
        "# a verb our sources use\nliquidated\tkilled\tparticiple\n");
    Cli.Run run = Cli.run("extract", "--vocabulary", words.toString(), report.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode claim = JSON.readTree(run.out()).get("claims").get(0);
    assertThat(claim.get("outcome").asText()).isEqualTo("killed");
    assertThat(claim.get("count").get("low").asInt()).isEqualTo(5);
  }

  @Test
  void a_vocabulary_file_of_an_unknown_name_is_named_in_the_error(@TempDir Path words)
      throws IOException {
    Path report = write("report.txt", REPORT);
    assertOneLineError(Cli.run("extract", "--vocabulary", words.resolve("none").toString(),
        report.toString()), words.resolve("none") + ": no such vocabulary folder");
    Files.writeString(words.resolve("verbs.txt"), "liquidated\n");
    assertOneLineError(Cli.run("extract", "--vocabulary", words.toString(), report.toString()),
        words.resolve("verbs.txt") + ": not a vocabulary file");
  }

  private static void assertOneLineError(Cli.Run run, String expected) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1).first().asString().contains(expected);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void a_running_server_extracts_what_the_command_would(@TempDir Path ledgerDir)
      throws Exception {
    Path report = write("server.txt", REPORT);
    Path db = ledgerDir.resolve("empty.db");
    try (Ledger l = Ledger.open(LedgerConfig.of(db.toString()))) {
      l.count("reports");
    }
    try (CounterclaimServer server = CounterclaimServer.start(
        ServerConfig.of(LedgerConfig.of(db.toString())).at("localhost", 0),
        () -> Cli.SHARED.load(ExtractorConfig.defaults()))) {
      String url = "http://localhost:" + server.port() + "/";
      Cli.Run remote = Cli.run("extract", "--server", url, report.toString());
      assertThat(remote.exitCode()).as(remote.err()).isZero();
      assertThat(remote.out()).isEqualTo(Cli.run("extract", report.toString()).out());
      Cli.Run wrong = Cli.run("extract", "--server", "ftp://nowhere", report.toString());
      assertOneLineError(wrong, "ftp://nowhere: --server must be an http(s) URL");
    }
    Cli.Run gone = Cli.run("extract", "--server", "http://localhost:9/", report.toString());
    assertOneLineError(gone, "cannot reach the server");
  }
}
