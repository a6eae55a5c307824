package org.counterclaim.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim claims} over a ledger built with {@code ingest}. */
class ClaimsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void ledger() throws IOException {
    Path feed = dir.resolve("feed.jsonl");
    Files.writeString(feed, String.join("\n",
        "{\"id\": \"k1\", \"published\": \"2026-01-05\", \"publisher\": \"Dawn\", \"text\":"
            + " \"Gunmen killed seven policemen at a check post in Kalat on Monday, police said.\"}",
        "{\"id\": \"k2\", \"published\": \"2026-01-06\", \"publisher\": \"Reuters\", \"text\":"
            + " \"The army said its troops killed 12 militants in Kalat, Balochistan, on Tuesday.\"}",
        "{\"id\": \"m1\", \"published\": \"2026-02-10\", \"publisher\": \"Premium Times\","
            + " \"text\": \"Suicide bombers killed 19 people at a market in Maiduguri, officials"
            + " said.\"}") + "\n");
    db = dir.resolve("ledger.db");
    assertThat(Cli.run("ingest", "--db", db.toString(), feed.toString()).exitCode()).isZero();
  }

  private JsonNode claims(String... filters) throws IOException {
    String[] args = new String[filters.length + 5];
    args[0] = "claims";
    args[1] = "--db";
    args[2] = db.toString();
    args[3] = "--format";
    args[4] = "json";
    System.arraycopy(filters, 0, args, 5, filters.length);
    Cli.Run run = Cli.run(args);
    assertThat(run.exitCode()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void lists_every_claim_with_its_report_claimant_places_and_sentence() throws IOException {
    JsonNode all = claims();
    assertThat(all).hasSize(3);
    JsonNode first = all.get(0);
    assertThat(first.get("report").asText()).isEqualTo("k1");
    assertThat(first.get("published").asText()).isEqualTo("2026-01-05");
    assertThat(first.get("low").asInt()).isEqualTo(7);
    assertThat(first.get("claimantType").asText()).isEqualTo("police");
    assertThat(first.get("eventPlaces")).extracting(JsonNode::asText).containsExactly("Kalat");
    assertThat(first.get("evidence").asText()).startsWith("Gunmen killed seven policemen");
  }

  @Test
  void filters_by_date_country_place_and_claimant() throws IOException {
    assertThat(claims("--since", "2026-01-06")).extracting(c -> c.get("report").asText())
        .containsExactly("k2", "m1");
    assertThat(claims("--until", "2026-01-05")).hasSize(1);
    assertThat(claims("--country", "ng")).extracting(c -> c.get("report").asText())
        .containsExactly("m1");
    assertThat(claims("--place", "Balochistān")).hasSize(2);
    assertThat(claims("--actor", "ARMY")).extracting(c -> c.get("low").asInt())
        .containsExactly(12);
  }

  @Test
  void writes_csv_with_a_header_and_quoted_fields() {
    Cli.Run run = Cli.run("claims", "--db", db.toString(), "--format", "csv", "--place",
        "Kalat");
    String[] lines = run.out().split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo("incident_id,report,published,publisher,outcome,victims,low,"
        + "high,high_open,qualifier,scope,claimant,claimant_type,relayed_by,event_places,evidence");
    assertThat(run.out())
        .contains("\"The army said its troops killed 12 militants in Kalat, Balochistan,");
    // every claim joins the incidents export by the id of its report's incident
    Cli.Run incidents = Cli.run("incidents", "--db", db.toString(), "--format", "csv");
    java.util.Set<String> ids = new java.util.HashSet<>();
    incidents.out().lines().skip(1).forEach(l -> ids.add(l.substring(0, l.indexOf(','))));
    assertThat(java.util.Arrays.stream(lines).skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .allSatisfy(id -> assertThat(ids).contains(id));
    assertThat(lines[1]).contains(",k1,2026-01-05,Dawn,killed,police,7,7,false,exact,");
  }

  @Test
  void quotes_are_listed_with_their_speakers_and_filtered_by_speaker() throws IOException {
    Cli.Run run = Cli.run("quotes", "--db", db.toString(), "--format", "json", "--actor",
        "army");
    assertThat(run.exitCode()).isZero();
    JsonNode quotes = JSON.readTree(run.out());
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.get("report").asText()).isEqualTo("k2");
      assertThat(q.get("speakerType").asText()).isEqualTo("state_military");
      assertThat(q.get("text").asText()).startsWith("its troops killed 12 militants");
    });
    Cli.Run table = Cli.run("quotes", "--db", db.toString(), "--country", "NG");
    assertThat(table.out()).contains("Suicide bombers killed 19 people").endsWith("1 quotes\n");
  }

  @Test
  void bad_options_are_one_line_errors() {
    Cli.Run date = Cli.run("claims", "--db", db.toString(), "--since", "last week");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err().lines()).hasSize(1).first().asString()
        .contains("option '--since': 'last week' is not a date (YYYY-MM-DD)");
    Cli.Run format = Cli.run("claims", "--db", db.toString(), "--format", "xml");
    assertThat(format.err()).contains("--format must be table, csv, json or geojson, not 'xml'");
    Cli.Run geojson = Cli.run("claims", "--db", db.toString(), "--format", "geojson");
    assertThat(geojson.exitCode()).isEqualTo(2);
    assertThat(geojson.err()).contains("--format geojson is for incidents only");
    Cli.Run none = Cli.run("claims", "--db", dir.resolve("none.db").toString());
    assertThat(none.err()).contains("none.db: no such ledger (run ingest first)");
  }
}
