package org.counterclaim.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A report's profile lists its armed groups in one order, whatever order they came in. */
class ReportProfileTest {

  @Test
  void armed_groups_are_listed_in_alphabetical_order() {
    List<String> given = List.of("ttp", "bla", "iskp", "taliban", "jnim", "al-shabaab", "isis",
        "boko-haram", "eln", "farc");
    ReportProfile p = new ReportProfile("r1", null, null, null, List.of(),
        new LinkedHashSet<>(given), "text", null);
    assertThat(List.copyOf(p.armedGroups())).isSorted().hasSize(given.size());
  }
}
