package org.counterclaim.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;

/**
 * End to end: {@code counterclaim bench gazetteer} loads the gazetteer and reports time and heap.
 * Only that it runs is checked; the figures belong in BENCHMARKS.md.
 */
class GazetteerCommandTest {

  @Test
  void loads_the_gazetteer_and_reports_time_and_heap() {
    Cli.Run run = Cli.run("bench", "gazetteer", "--repeat", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern(
        "load 1 \\(cold\\): [0-9]+ ms, [0-9]{6} entries, [0-9]{6} names, heap retained -?[0-9]+ MB");
  }

  @Test
  void a_missing_dump_is_a_one_line_error() {
    Cli.Run run = Cli.run("bench", "gazetteer", "--gazetteer", "no-such-dump.txt");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains("no-such-dump.txt: no such gazetteer file");
  }
}
