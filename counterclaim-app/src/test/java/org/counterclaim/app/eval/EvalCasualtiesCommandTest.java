package org.counterclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim eval casualties} on an incident file of our own. */
class EvalCasualtiesCommandTest {

  private static final String SAMPLE = "src/test/resources/cli/incidents-sample.csv";

  @Test
  void prints_exact_match_rates_and_the_misses() {
    Cli.Run run = Cli.run("eval", "casualties", "--gold", SAMPLE, "--misses", "5");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("5 incidents")
        // the two rows of one multi-event summary each carry half of its four deaths
        .containsPattern("killed \\(nkill\\)\\s+60\\.0%\\s+\\(3 of 5\\)")
        .containsPattern("wounded \\(nwound\\)\\s+100\\.0%\\s+\\(5 of 5\\)")
        .containsPattern("not perpetrators \\(nkill - nkillter\\)\\s+60\\.0%")
        .contains("report-aligned")
        .containsPattern("killed \\(nkill\\)\\s+100\\.0%\\s+\\(5 of 5\\)")
        .contains("900004 nkill: expected 2, extracted 4");
  }

  @Test
  void a_missing_gold_file_is_a_one_line_error() {
    Cli.Run run = Cli.run("eval", "casualties", "--gold", "no/such/file.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString().contains("no/such/file.csv: no such file");
  }

  @Test
  void a_file_that_is_not_an_incident_table_is_named_with_the_reason(@TempDir Path dir)
      throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "a,b\n1,2\n");
    Cli.Run run = Cli.run("eval", "casualties", "--gold", csv.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(csv + ": not a GTD incident file: no 'eventid' column");
  }
}
