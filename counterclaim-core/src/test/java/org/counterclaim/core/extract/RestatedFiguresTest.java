package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.report.Span;
import org.junit.jupiter.api.Test;

/** A figure the outlet restates in the headline or lead is the claim of the body's source. */
class RestatedFiguresTest {

  private static final String TEXT = """
      Six soldiers killed in hill ambush

      Six soldiers were killed, the army said.

      At least 40 fighters died, residents said.
      """;
  private static final Claimant OUTLET = new Claimant("Hill Post", ClaimantType.MEDIA);
  private static final Claimant ARMY = new Claimant("army", ClaimantType.STATE_MILITARY);
  private static final Claimant RESIDENTS = new Claimant("residents", ClaimantType.WITNESS);

  private static CasualtyClaim claim(String sentence, VictimCategory victims, int low,
      Integer high, Claimant claimant, String relayedBy) {
    int at = TEXT.indexOf(sentence);
    return new CasualtyClaim(Outcome.KILLED, victims, "x",
        new CountRange(low, high, high == null ? Qualifier.AT_LEAST : Qualifier.EXACT, "x"),
        claimant, relayedBy, false, new Span(at, at + sentence.length(), sentence));
  }

  @Test
  void the_headlines_figure_is_the_sources_that_gives_it_in_the_body() {
    List<CasualtyClaim> out = RestatedFigures.credit(List.of(
        claim("Six soldiers killed in hill ambush", VictimCategory.SECURITY_FORCES, 6, 6, OUTLET,
            null),
        claim("Six soldiers were killed, the army said.", VictimCategory.SECURITY_FORCES, 6, 6,
            ARMY, "Hill Post")), TEXT);
    assertThat(out.get(0).claimant()).isEqualTo(ARMY);
    assertThat(out.get(0).relayedBy()).isEqualTo("Hill Post");
    assertThat(out.get(1).claimant()).isEqualTo(ARMY);
  }

  @Test
  void another_count_or_a_figure_deeper_in_the_report_stays_the_outlets() {
    List<CasualtyClaim> out = RestatedFigures.credit(List.of(
        claim("Six soldiers killed in hill ambush", VictimCategory.SECURITY_FORCES, 6, null,
            OUTLET, null),
        claim("Six soldiers were killed, the army said.", VictimCategory.SECURITY_FORCES, 6, 6,
            ARMY, "Hill Post"),
        claim("At least 40 fighters died, residents said.", VictimCategory.MILITANTS, 40, null,
            OUTLET, null),
        claim("At least 40 fighters died, residents said.", VictimCategory.MILITANTS, 40, null,
            RESIDENTS, "Hill Post")), TEXT);
    assertThat(out.get(0).claimant()).isEqualTo(OUTLET);
    assertThat(out.get(2).claimant()).isEqualTo(OUTLET);
  }
}
