package org.counterclaim.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code counterclaim bench throughput} runs both pipelines and reports their rates.
 * Only that it runs is checked here; the figures belong in BENCHMARKS.md, not in a test.
 */
class ThroughputCommandTest {

  @Test
  void measures_both_pipelines_on_the_same_reports(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Three soldiers were killed in Kech, officials said.");
    Files.writeString(dir.resolve("b.txt"), "Police said two people were injured in the blast.");
    Cli.Run run = Cli.run("bench", "throughput", "--input", dir.toString(), "--repeat", "2",
        "--warmup", "1", "--baseline-limit", "2");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("corpus: 4 reports")
        .containsPattern("counterclaim: 4 reports in [0-9.]+ s")
        .containsPattern("CoreNLP tokenize,ssplit,pos,lemma,ner,depparse,coref,quote: 2 reports")
        .containsPattern("ratio: [0-9.]+x");
  }

  @Test
  void a_missing_corpus_is_a_one_line_error(@TempDir Path dir) {
    Cli.Run run = Cli.run("bench", "throughput", "--input", dir.resolve("none.jsonl").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("none.jsonl: no such file or folder");
  }
}
