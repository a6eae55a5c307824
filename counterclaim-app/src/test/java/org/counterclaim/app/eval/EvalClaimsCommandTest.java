package org.counterclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim eval claims} on two articles and gold of our own. */
class EvalClaimsCommandTest {

  @Test
  void prints_recall_precision_side_and_event_places() {
    Cli.Run run = Cli.run("eval", "claims", "--gold",
        "src/test/resources/cli/claims-sample", "--misses", "3");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("claims of 2 articles")
        .containsPattern("recall\\s+1\\.000  \\(3 of 3 gold claims found\\)")
        .containsPattern("precision\\s+[01]\\.[0-9]{3}  \\([0-9]+ of [0-9]+ extracted claims")
        .containsPattern("claimant side\\s+1\\.000  \\(3 of 3 found claims\\)")
        .containsPattern("event places\\s+1\\.000  \\(2 of 2 gold places\\)");
  }

  @Test
  void a_folder_without_articles_or_with_a_missing_gold_file_is_a_one_line_error(
      @TempDir Path dir) throws IOException {
    Cli.Run empty = Cli.run("eval", "claims", "--gold", dir.toString());
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err().lines()).hasSize(1).first().asString()
        .contains(dir + ": no NNN.txt articles");
    Files.writeString(dir.resolve("001.txt"), "Two soldiers were killed in Kech.\n");
    Files.writeString(dir.resolve("001.meta.json"), "{\"published\": null}\n");
    Cli.Run noGold = Cli.run("eval", "claims", "--gold", dir.toString());
    assertThat(noGold.exitCode()).isEqualTo(2);
    assertThat(noGold.err().lines()).hasSize(1).first().asString()
        .contains(dir.resolve("001.gold.json") + ": missing");
  }
}
