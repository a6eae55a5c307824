package org.counterclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim eval incidents} on coreference gold data of our own. */
class EvalIncidentsCommandTest {

  @Test
  void prints_b_cubed_by_topic_half_and_by_seminal_event() {
    Cli.Run run = Cli.run("eval", "incidents", "--gold",
        "src/test/resources/cli/coref-sample.jsonl");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // two fires in two towns and two unrelated council stories: the reports of each fire join
    // (the chemical plant's share few words, and a plant the gazetteer does not know no longer
    // counts as a place far from the other's town); the council stories stay apart
    assertThat(run.out())
        .contains("6 documents")
        .containsPattern("by topic half: +6 documents, 4 gold incidents, 4 predicted: precision"
            + " 1\\.000, recall 1\\.000, F1 1\\.000")
        .containsPattern("by seminal event: +5 documents, 3 gold incidents, 3 predicted:"
            + " precision 1\\.000, recall 1\\.000");
  }

  @Test
  void an_incident_files_rows_are_scored_as_distinct_incidents() {
    Cli.Run run = Cli.run("eval", "incidents", "--gold",
        "src/test/resources/cli/coref-sample.jsonl", "--incidents",
        "src/test/resources/cli/incidents-sample.csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // five rows: the two related checkpoint attacks in Helmand the same night are taken for one
    // incident (B³ precision (1+1+1+½+½)/5), the rest stay apart
    assertThat(run.out()).containsPattern("rows: +5 documents, 5 gold incidents, 4 predicted:"
        + " precision 0\\.800, recall 1\\.000");
  }

  @Test
  void a_gold_line_without_events_is_named_in_a_one_line_error(@TempDir Path dir)
      throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"doc\": \"1_1ecb\", \"text\": \"A fire.\"}\n");
    Cli.Run run = Cli.run("eval", "incidents", "--gold", gold.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(gold + ": line 1: no \"text\" or \"events\"");
  }
}
