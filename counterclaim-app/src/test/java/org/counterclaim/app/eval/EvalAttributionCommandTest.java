package org.counterclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim eval attribution} on attribution gold data of our own. */
class EvalAttributionCommandTest {

  @Test
  void prints_precision_and_recall_of_sources_and_contents() {
    Cli.Run run = Cli.run("eval", "attribution", "--gold", "src/test/resources/cli/attribution-sample.jsonl");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("2 articles")
        .containsPattern("sources:\\s+precision 1\\.000 \\(4 of 4\\), recall 1\\.000 \\(4 of 4\\)")
        .containsPattern("contents: precision 1\\.000 \\(4 of 4\\), recall 1\\.000 \\(4 of 4\\)")
        .contains("speaker found 100.0%");
  }

  @Test
  void a_line_that_is_not_json_is_named_in_a_one_line_error(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"text\": \"x\", \"attributions\": []}\nnot json\n");
    Cli.Run run = Cli.run("eval", "attribution", "--gold", gold.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains(gold + ": line 2: not JSON");
  }
}
