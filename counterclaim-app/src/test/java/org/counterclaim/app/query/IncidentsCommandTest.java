package org.counterclaim.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.store.testkit.PostgresTestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * End to end: a folder of reports from several outlets (a wire story and its reprint, a revised
 * toll, an armed group's statement, a saved page with a footer, an RSS feed, a WARC file, corrupt
 * files) about three incidents, one of them an operation across four towns, ingested into SQLite
 * and PostgreSQL; then the incidents, their reconciled figures, the reasons for each merge, the
 * credibility gap and an analyst's corrections.
 */
class IncidentsCommandTest {

  @TempDir static Path dir;

  private static Path in;
  private static String sqlite;

  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void ingest() throws IOException {
    in = dir.resolve("reports");
    Files.createDirectories(in);
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/ledger"))) {
      for (Path f : files.toList()) {
        if (!f.getFileName().toString().endsWith(".md")) {
          Files.copy(f, in.resolve(f.getFileName()));
        }
      }
    }
    writeWarc(in.resolve("crawl.warc.gz"));
    Files.write(in.resolve("scan.txt"), new byte[] {0, 1, 2, 3, 0, 0});
    Files.writeString(in.resolve("cut.warc"), "WARC/1.1\r\nnot a header\r\n\r\n");
    sqlite = dir.resolve("ledger.db").toString();
    Cli.Run run = Cli.run("ingest", "--db", sqlite, in.toString());
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("10 new, 0 revised, 0 unchanged, 0 duplicates, 1 near-copies")
        .contains("2 problems").contains("grouped 11 reports into 3 incidents");
  }

  /** A market grenade attack in Quetta, as a crawled page of another outlet. */
  private static void writeWarc(Path file) throws IOException {
    String page = "<html><head><title>Grenade attack on Quetta market</title></head><body>"
        + "<article><h1>Grenade attack on Quetta market</h1><p>A hand grenade hurled into a"
        + " crowded vegetable market in Quetta on Monday evening killed three people and wounded"
        + " eleven, police said.</p><p>Shopkeepers closed the market after the blast.</p>"
        + "</article></body></html>";
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .body(MediaType.parse("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8))
        .build();
    try (WarcWriter w = new WarcWriter(file)) {
      w.write(new WarcResponse.Builder(URI.create("https://balochistan-post.example/quetta-market"))
          .body(http).build());
    }
  }

  private static JsonNode incidents(String db, String... filter) throws IOException {
    List<String> args = new ArrayList<>(List.of("incidents", "--db", db, "--format", "json"));
    args.addAll(List.of(filter));
    Cli.Run run = Cli.run(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  private static JsonNode byPlace(JsonNode incidents, String place) {
    for (JsonNode i : incidents) {
      if (i.path("place").path("name").asText().equals(place)) {
        return i;
      }
    }
    throw new AssertionError("no incident at " + place + " in " + incidents);
  }

  private static JsonNode figure(JsonNode incident, String outcome, String victims) {
    for (JsonNode f : incident.path("figures")) {
      if (f.path("outcome").asText().equals(outcome) && f.path("victims").asText().equals(victims)) {
        return f;
      }
    }
    throw new AssertionError("no " + victims + " " + outcome + " in " + incident.path("id"));
  }

  @Test
  void reports_become_three_incidents_with_reconciled_figures() throws IOException {
    JsonNode all = incidents(sqlite);
    assertThat(all).hasSize(3);

    // the saved page's promotional footer never reached the ledger
    assertThat(Cli.run("search", "--db", sqlite, "Discover", "latest").out()).isEmpty();
    assertThat(Cli.run("search", "--db", sqlite, "provincial", "spokesman").out())
        .contains("national-paper.html");

    JsonNode operation = byPlace(all, "Balochistān");
    assertThat(operation.path("eventDate").asText()).isEqualTo("2025-03-11");
    assertThat(operation.path("place").path("precision").asText()).isEqualTo("province");
    assertThat(operation.path("reports")).hasSize(6);
    assertThat(operation.path("sources").asInt()).isEqualTo(3);
    assertThat(operation.path("armedGroups").toString()).contains("BLA");
    assertThat(operation.path("children")).extracting(c -> c.path("place").path("name").asText())
        .containsExactly("Kalat", "Mastung", "Nushki", "Turbat");
    JsonNode kalat = operation.path("children").get(0);
    assertThat(kalat.path("id").asText()).isEqualTo(operation.path("id").asText() + ".1");
    assertThat(kalat.path("deaths").path("best").asInt()).isEqualTo(7);

    // officials' "more than 22" revised to 31; the spokesman's 24; the BLA's own "at least 120"
    JsonNode security = figure(operation, "killed", "security_forces");
    assertThat(security.path("low").asInt()).isEqualTo(24);
    assertThat(security.path("best").asInt()).isEqualTo(31);
    assertThat(security.path("high").isNull()).isTrue();
    assertThat(security.path("contested").asBoolean()).isTrue();
    List<String> history = new ArrayList<>();
    for (JsonNode c : security.path("claims")) {
      if ("officials".equals(c.path("claimant").asText())) {
        history.add(c.path("report").asText() + ":" + c.path("status").asText() + ":"
            + c.path("low").asInt());
      }
    }
    // the follow-up's headline restates its body's figure and so is the officials' too
    assertThat(history).containsExactly("wire-a-1:superseded:23", "daily-a-reprint:superseded:23",
        "wire-a-2:current:31", "wire-a-2:restated:31");
    assertThat(operation.path("reports")).anySatisfy(r -> {
      assertThat(r.path("id").asText()).isEqualTo("daily-a-reprint");
      assertThat(r.path("reprintOf").asText()).isEqualTo("wire-a-1");
    });
    JsonNode deaths = operation.path("deaths");
    assertThat(deaths.path("low").asInt()).isEqualTo(74);
    assertThat(deaths.path("best").asInt()).isEqualTo(82);

    JsonNode borno = byPlace(all, "Mallam Fatori");
    JsonNode soldiers = figure(borno, "killed", "security_forces");
    assertThat(soldiers.path("best").asInt()).isEqualTo(4);
    assertThat(soldiers.path("high").asInt()).isEqualTo(30);
    assertThat(soldiers.path("contested").asBoolean()).isTrue();
    assertThat(figure(borno, "killed", "militants").path("basis").asText())
        .isEqualTo("party figures only");

    JsonNode quetta = byPlace(all, "Quetta");
    assertThat(quetta.path("eventDate").asText()).isEqualTo("2025-03-17");
    assertThat(quetta.path("reports")).hasSize(3);
    JsonNode dead = figure(quetta, "killed", "people");
    assertThat(dead.path("low").asInt()).isEqualTo(3);
    assertThat(dead.path("best").asInt()).isEqualTo(4);
    assertThat(dead.path("contested").asBoolean()).isFalse();
  }

  @Test
  void incidents_are_filtered_and_exported_as_csv_and_geojson() throws IOException {
    assertThat(incidents(sqlite, "--country", "NG")).hasSize(1);
    assertThat(incidents(sqlite, "--place", "Kalat")).singleElement()
        .satisfies(i -> assertThat(i.path("place").path("name").asText()).isEqualTo("Balochistān"));
    assertThat(incidents(sqlite, "--since", "2025-03-15")).hasSize(1);
    assertThat(incidents(sqlite, "--actor", "ISWAP")).hasSize(1);

    Cli.Run csv = Cli.run("incidents", "--db", sqlite, "--format", "csv");
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0)).startsWith("event_id,event_date,date_start,date_end,date_from,year,"
        + "country,iso3,country_code,admin1,admin2,location,latitude,longitude,geo_precision,"
        + "precision,").contains(",deaths_a,deaths_b,deaths_civilians,deaths_unknown,deaths_low,"
        + "deaths_best,deaths_high,deaths_high_open,");
    assertThat(lines).hasSize(4);
    // the operation: its high is open, so deaths_high is empty and deaths_high_open true
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .contains(",2025-03-11,2025-03-11,2025-03-11,report text,2025,Pakistan,PAK,PK,Balochistān,,"
            + "Balochistān,").contains(",3,province,").contains(",BLA,")
        .contains(",74,82,,true,"));
    // a market grenade: 3-4 people dead, 11 injured; no one abducted, and no 0 invented for it
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",Quetta,")
        .contains(",Explosions/Remote violence,Grenade,,,,,people,,,,4,3,4,4,false,11,11,11,false,"
            + ",,,,false,8,hospital officials; police (PK),Quetta Daily Mirror,3,"));
    // an operation in Borno: ISWAP attacked the army; UCDP's sides A and B apart
    assertThat(lines).anySatisfy(l -> assertThat(l)
        .contains(",Mallam Fatori,13.6746,13.33952,1,town,")
        .contains(",Battles,Armed clash,ISWAP,,Military Forces of Nigeria,ISWAP,"
            + "security_forces; militants,4,15,,,19,19,45,false,"));

    Cli.Run geo = Cli.run("incidents", "--db", sqlite, "--format", "geojson");
    JsonNode collection = JSON.readTree(geo.out());
    assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
    assertThat(collection.path("features")).hasSize(3).allSatisfy(f -> {
      assertThat(f.path("geometry").path("type").asText()).isEqualTo("Point");
      assertThat(f.path("geometry").path("coordinates")).hasSize(2);
      List<String> names = new ArrayList<>();
      f.path("properties").fieldNames().forEachRemaining(names::add);
      assertThat(String.join(",", names)).isEqualTo(lines.get(0));
      assertThat(f.path("properties").path("injured_low").isNull()
          || f.path("properties").path("injured_low").isInt()).isTrue();
    });

    Cli.Run table = Cli.run("incidents", "--db", sqlite);
    assertThat(table.out()).contains("Balochistān (4 sites)").endsWith("3 incidents (! = contested figures)\n");
  }

  @Test
  void an_incident_shows_its_claims_and_why_its_reports_were_joined() throws IOException {
    String id = byPlace(incidents(sqlite), "Balochistān").path("id").asText();
    Cli.Run why = Cli.run("incident", id, "--db", sqlite, "--why");
    assertThat(why.exitCode()).as(why.err()).isZero();
    assertThat(why.out()).contains("security forces killed: low 24, best 31, high open, contested")
        .contains("superseded officials [state]")
        .contains("wire-a-1 + daily-a-reprint: reprint")
        .contains("same event date").contains("both at Kalat")
        .contains("why these 6 reports are one incident");
    Cli.Run missing = Cli.run("incident", "I999", "--db", sqlite);
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().lines()).singleElement().asString().contains("no incident I999");
  }

  @Test
  void the_gap_compares_an_armed_groups_figures_with_independent_ones() {
    Cli.Run gap = Cli.run("gap", "--actor", "iswap", "--db", sqlite, "--format", "csv");
    assertThat(gap.exitCode()).as(gap.err()).isZero();
    assertThat(gap.out().lines().toList()).hasSize(2).last().asString()
        .contains(",2025-03-11,ISWAP,killed,security_forces,30,4,7.5,lagos-b");
    Cli.Run table = Cli.run("gap", "--actor", "ISWAP", "--db", sqlite);
    assertThat(table.out()).contains("2025-03    1 figures,   1 compared, median ratio 7.50");
  }

  @Test
  void ingesting_again_changes_nothing_and_corrections_outlive_it() throws IOException {
    Path mine = dir.resolve("mine");
    Files.createDirectories(mine);
    try (Stream<Path> files = Files.list(in)) {
      for (Path f : files.toList()) {
        Files.copy(f, mine.resolve(f.getFileName()));
      }
    }
    Path db = dir.resolve("corrected.db");
    Cli.run("ingest", "--db", db.toString(), mine.toString());
    String before = Cli.run("incidents", "--db", db.toString(), "--format", "json").out();
    Cli.Run again = Cli.run("ingest", "--db", db.toString(), mine.toString());
    assertThat(again.out()).contains("0 new, 0 revised, 11 unchanged").doesNotContain("grouped");
    assertThat(Cli.run("incidents", "--db", db.toString(), "--format", "json").out())
        .isEqualTo(before);

    String operation = byPlace(incidents(db.toString()), "Balochistān").path("id").asText();
    Cli.Run split = Cli.run("split", operation, "--reports", "bla-statement", "--db",
        db.toString());
    assertThat(split.exitCode()).as(split.err()).isZero();
    assertThat(split.out()).startsWith("split 1 report off " + operation + " into I");
    Files.writeString(mine.resolve("late-wire.txt"), "KALAT: Police arrested two suspects over"
        + " the storming of the Kalat police station in which seven policemen were killed by"
        + " militants on Tuesday night, the district police officer said.\n");
    Cli.run("ingest", "--db", db.toString(), mine.toString());
    assertThat(incidents(db.toString())).hasSize(4);
    JsonNode kept = byPlace(incidents(db.toString()), "Balochistān");
    assertThat(kept.path("id").asText()).isEqualTo(operation);
    assertThat(kept.path("reports").toString()).doesNotContain("bla-statement");

    String borno = byPlace(incidents(db.toString()), "Mallam Fatori").path("id").asText();
    Cli.Run merge = Cli.run("merge", operation, borno, "--db", db.toString());
    assertThat(merge.out()).isEqualTo("merged " + operation + " and " + borno + " into "
        + operation + "\n");
    assertThat(incidents(db.toString())).hasSize(3);
    Cli.Run unknown = Cli.run("merge", operation, "I999", "--db", db.toString());
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no incident I999 in the ledger");
    // grouping compares reports by the same words as the ingest that stored them
    Path words = Files.createDirectories(dir.resolve("words"));
    Files.writeString(words.resolve("verbs.txt"), "liquidated\n");
    Cli.Run badWords = Cli.run("split", operation, "--reports", "kalat-police", "--db",
        db.toString(), "--vocabulary", words.toString());
    assertThat(badWords.exitCode()).isEqualTo(2);
    assertThat(badWords.err().lines()).hasSize(1).first().asString()
        .contains(words.resolve("verbs.txt") + ": not a vocabulary file");
    assertThat(incidents(db.toString())).hasSize(3);
  }

  @Test
  void postgresql_holds_the_same_incidents() throws IOException {
    String url = PostgresTestServer.emptyDatabaseUrl();
    Cli.Run run = Cli.run("ingest", "--db", url, in.toString());
    assertThat(run.out()).contains("grouped 11 reports into 3 incidents");
    assertThat(Cli.run("incidents", "--db", url, "--format", "csv").out())
        .isEqualTo(Cli.run("incidents", "--db", sqlite, "--format", "csv").out());
  }
}
