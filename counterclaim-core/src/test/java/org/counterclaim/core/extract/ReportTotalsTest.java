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

/** The reconciliation rule of a single report, without any NLP. */
class ReportTotalsTest {

  private static final Claimant ARMY = new Claimant("army", ClaimantType.STATE_MILITARY);
  private static final Claimant GROUP = new Claimant("BLA", ClaimantType.ARMED_GROUP);
  private static final Claimant WIRE = new Claimant("Reuters", ClaimantType.MEDIA);

  private static CasualtyClaim claim(VictimCategory v, int low, Integer high, Claimant c, int sentence,
      boolean selfInterested) {
    Qualifier q = high == null ? Qualifier.AT_LEAST : Qualifier.EXACT;
    return new CasualtyClaim(Outcome.KILLED, v, null, new CountRange(low, high, q, "n"), c, null,
        selfInterested, new Span(sentence * 100, sentence * 100 + 10, "x".repeat(10)));
  }

  private static Reconciled killed(CasualtyClaim... claims) {
    return ReportTotals.of(List.of(claims)).get(Outcome.KILLED);
  }

  @Test
  void different_victim_groups_add_up() {
    assertThat(killed(claim(VictimCategory.CIVILIANS, 1, 1, null, 0, false),
        claim(VictimCategory.MILITANTS, 6, 6, null, 0, false)))
        .isEqualTo(new Reconciled(7, 7, 7));
  }

  @Test
  void competing_claimants_of_one_group_do_not_add_up() {
    assertThat(killed(claim(VictimCategory.SECURITY_FORCES, 23, null, WIRE, 0, false),
        claim(VictimCategory.SECURITY_FORCES, 280, null, GROUP, 1, true)))
        .isEqualTo(new Reconciled(23, 23, null));
  }

  @Test
  void the_best_figure_prefers_claimants_who_are_not_claiming_their_enemys_losses() {
    assertThat(killed(claim(VictimCategory.MILITANTS, 40, 40, ARMY, 0, true),
        claim(VictimCategory.MILITANTS, 12, 12, WIRE, 1, false)))
        .isEqualTo(new Reconciled(12, 12, 40));
  }

  @Test
  void a_claimant_restating_its_figure_counts_once() {
    assertThat(killed(claim(VictimCategory.POLICE, 4, 4, null, 0, false),
        claim(VictimCategory.POLICE, 4, 4, null, 3, false)))
        .isEqualTo(new Reconciled(4, 4, 4));
  }

  @Test
  void an_unspecified_toll_covers_the_groups_it_may_include() {
    assertThat(killed(claim(VictimCategory.PEOPLE, 12, 12, null, 0, false),
        claim(VictimCategory.SECURITY_FORCES, 5, 5, null, 1, false)))
        .isEqualTo(new Reconciled(12, 12, 12));
  }

  @Test
  void unspecified_people_named_beside_a_group_add_to_it() {
    assertThat(killed(claim(VictimCategory.MILITANTS, 1, 1, null, 0, false),
        claim(VictimCategory.PEOPLE, 5, 5, null, 0, false)))
        .isEqualTo(new Reconciled(6, 6, 6));
  }
}
