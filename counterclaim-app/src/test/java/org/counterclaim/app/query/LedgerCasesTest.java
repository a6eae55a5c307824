package org.counterclaim.app.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden ledger cases (src/test/resources/ledger-cases, README there): reports in our own words,
 * each pinning a reconciliation the demo ledger once got wrong, ingested and read back as the
 * incidents command writes them.
 */
class LedgerCasesTest {

  @TempDir static Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode incidents;

  @BeforeAll
  static void ingest() throws IOException {
    String db = dir.resolve("cases.db").toString();
    Cli.Run run = Cli.run("ingest", "--db", db, "src/test/resources/ledger-cases/cases.jsonl");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("grouped 6 reports into 3 incidents");
    Cli.Run list = Cli.run("incidents", "--db", db, "--format", "json");
    assertThat(list.exitCode()).as(list.err()).isZero();
    incidents = JSON.readTree(list.out());
  }

  private static JsonNode at(String place) {
    for (JsonNode i : incidents) {
      for (JsonNode site : i.path("sites")) {
        if (site.path("name").asText().equals(place)) {
          return i;
        }
      }
    }
    throw new AssertionError("no incident at " + place + " in " + incidents);
  }

  private static JsonNode figure(JsonNode incident, String outcome, String victims) {
    for (JsonNode f : incident.path("figures")) {
      if (f.path("outcome").asText().equals(outcome)
          && f.path("victims").asText().equals(victims)) {
        return f;
      }
    }
    throw new AssertionError("no " + victims + " " + outcome + " in " + incident);
  }

  private static List<String> claims(JsonNode figure, String... fields) {
    List<String> out = new ArrayList<>();
    for (JsonNode c : figure.path("claims")) {
      List<String> values = new ArrayList<>();
      for (String f : fields) {
        values.add(c.path(f).asText());
      }
      out.add(String.join(" | ", values));
    }
    return out;
  }

  @Test
  void one_partys_voices_are_one_claimant_and_its_latest_figure_counts() {
    JsonNode militants = figure(at("Kharan"), "killed", "militants");
    assertThat(claims(militants, "claimant", "party", "best", "status", "countText"))
        .contains("ISPR | Pakistan Army | 14 | superseded | 14",
            "military's media wing | Pakistan Army | 19 | current | 19")
        .noneMatch(c -> c.contains("number of"));
    // the Pakistan Army and the BLA
    assertThat(militants.path("claimants").asInt()).isEqualTo(2);
  }

  @Test
  void an_armed_group_named_in_full_and_abbreviated_is_listed_once() {
    assertThat(at("Kharan").path("armedGroups")).hasSize(1);
  }

  @Test
  void a_dateline_is_no_speaker_and_the_districts_namesake_is_no_second_site() {
    JsonNode paharpur = at("Paharpur");
    assertThat(paharpur.path("sites")).hasSize(1);
    JsonNode police = figure(paharpur, "killed", "police");
    assertThat(police.path("best").asInt()).isEqualTo(2);
    assertThat(police.path("high").asInt()).isEqualTo(2);
    assertThat(claims(police, "claimant")).doesNotContain("DERA", "DERA ISMAIL KHAN");
    assertThat(claims(police, "party")).contains("police (PK)");
  }

  @Test
  void a_figure_summed_from_its_sites_lists_the_claims_it_stands_on() {
    JsonNode operation = at("Nushki");
    assertThat(operation.path("sites")).hasSize(2);
    for (String victims : List.of("security_forces", "police")) {
      JsonNode f = figure(operation, "killed", victims);
      assertThat(f.path("basis").asText()).isEqualTo("sum of its sites");
      assertThat(f.path("claims")).isNotEmpty();
      int current = 0;
      for (JsonNode c : f.path("claims")) {
        current += c.path("status").asText().equals("current") ? c.path("best").asInt() : 0;
      }
      assertThat(current).isEqualTo(f.path("best").asInt());
    }
  }
}
