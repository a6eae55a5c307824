package org.counterclaim.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the evaluation reads incident tables and groups multi-event summaries. */
class CasualtyEvaluationTest {

  @Test
  void rows_of_one_multi_event_summary_share_a_group_whatever_their_first_sentence() {
    String a = "01/07/2026: Assailants attacked a checkpoint in Nad Ali. This was one of two related"
        + " attacks in the district. Four police officers were killed across both attacks.";
    String b = "01/07/2026: Assailants attacked a checkpoint in Marjah. This was one of two related"
        + " attacks in the district. Four police officers were killed across both attacks.";
    assertThat(CasualtyEvaluation.groupKey(a, "2026-01-07"))
        .isNotNull()
        .isEqualTo(CasualtyEvaluation.groupKey(b, "2026-01-07"));
  }

  @Test
  void a_single_event_summary_has_no_group() {
    assertThat(CasualtyEvaluation.groupKey("01/04/2026: Gunmen fired on a post. Two soldiers were"
        + " killed.", "2026-01-04")).isNull();
  }

  @Test
  void csv_fields_may_hold_commas_quotes_and_line_breaks() {
    CsvTable t = CsvTable.parse("eventid,summary,nkill\n1,\"Two, \"\"three\"\"\nand four\",5\n2,plain,0\n");
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.get(0, "summary")).isEqualTo("Two, \"three\"\nand four");
    assertThat(t.get(1, "nkill")).isEqualTo("0");
    assertThat(t.hasColumn("gname")).isFalse();
  }
}
