package org.counterclaim.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void a_terminal_gets_one_line_redrawn_in_place_and_ended_once() {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), true, 4);
    p.report();
    p.file();
    p.finish();
    assertThat(out.toString()).startsWith("\r[").contains("files, ").contains("reports/s")
        .contains(" left ").endsWith("\n");
    assertThat(out.toString()).containsPattern("\\r\\[#{5} {15}\\] 1/4 files, 1 reports");
    p.finish();
    assertThat(out.toString().chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void a_log_gets_a_plain_line_every_hundred_reports() {
    StringWriter out = new StringWriter();
    Progress p = new Progress(new PrintWriter(out), false, 1);
    for (int i = 0; i < 250; i++) {
      p.report();
    }
    p.file();
    p.finish();
    assertThat(out.toString().lines()).hasSize(2)
        .allMatch(l -> l.matches("ingest: [12]00 reports, [0-9.]+ reports/s"));
  }
}
