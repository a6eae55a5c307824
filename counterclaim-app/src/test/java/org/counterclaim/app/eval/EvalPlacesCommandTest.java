package org.counterclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim eval places} on geoparsing gold data of our own. */
class EvalPlacesCommandTest {

  @Test
  void prints_recognition_resolution_and_event_place_shares() {
    Cli.Run run = Cli.run("eval", "places", "--gold",
        "src/test/resources/cli/geoparsing-sample.jsonl", "--incidents",
        "src/test/resources/cli/incidents-sample.csv");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("2 articles")
        .containsPattern("recognition: precision 1\\.000 \\(4 of 4\\), recall 1\\.000 \\(4 of 4\\),"
            + " F1 1\\.000")
        .containsPattern("within 161 km 1\\.000 \\(4\\)")
        .containsPattern("city matched\\s+[0-9.]+% \\([0-9]+ of [0-9]+ rows")
        .containsPattern("provstate matched\\s+[0-9.]+% \\([0-9]+ of [0-9]+ rows");
  }

  @Test
  void a_gold_line_without_toponyms_is_named_in_a_one_line_error(@TempDir Path dir)
      throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"text\": \"In Quetta.\", \"toponyms\": []}\n{\"text\": \"x\"}\n");
    Cli.Run run = Cli.run("eval", "places", "--gold", gold.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(gold + ": line 2: no \"text\" or \"toponyms\"");
  }

  @Test
  void an_incident_file_without_a_city_column_is_refused(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("incidents.csv");
    Files.writeString(csv, "eventid,summary\n1,Two people were killed.\n");
    Cli.Run run = Cli.run("eval", "places", "--gold",
        "src/test/resources/cli/geoparsing-sample.jsonl", "--incidents", csv.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(csv + ": no \"city\" column");
  }
}
