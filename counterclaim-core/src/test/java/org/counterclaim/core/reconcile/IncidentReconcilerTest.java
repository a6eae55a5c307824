package org.counterclaim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
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
import org.counterclaim.core.extract.Reconciled;

/** Reconciling the claims of one incident, built by hand (no NLP). */
class IncidentReconcilerTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);
  private static final LocalDate JAN_6 = LocalDate.of(2026, 1, 6);

  private static final Claimant POLICE = new Claimant("Kalat police", ClaimantType.POLICE);
  private static final Claimant ARMY = new Claimant("army", ClaimantType.STATE_MILITARY);
  private static final Claimant MINISTRY =
      new Claimant("interior ministry", ClaimantType.STATE_GOVERNMENT);
  private static final Claimant GROUP = new Claimant("BLA", ClaimantType.ARMED_GROUP);
  private static final Claimant RESIDENTS = new Claimant("residents", ClaimantType.WITNESS);
  private static final Claimant OFFICIALS =
      new Claimant("officials", ClaimantType.OFFICIAL_UNNAMED);
  private static final Claimant RESCUERS = new Claimant("Edhi rescue service", ClaimantType.OTHER);

  private static CasualtyClaim claim(VictimCategory victims, int low, Integer high, Claimant who,
      boolean selfInterested, int at) {
    Qualifier q = high == null ? Qualifier.AT_LEAST : Qualifier.EXACT;
    return new CasualtyClaim(Outcome.KILLED, victims, null, new CountRange(low, high, q, "n"), who,
        null, selfInterested, new Span(at, at + 10, "x".repeat(10)));
  }

  private static CasualtyClaim killed(int n, Claimant who) {
    return claim(VictimCategory.SECURITY_FORCES, n, n, who, false, 0);
  }

  private static LedgerClaim in(String report, LocalDate published, String publisher,
      CasualtyClaim c) {
    return new LedgerClaim(report, published, publisher, false, null, c);
  }

  private static Figures only(LedgerClaim... claims) {
    List<Figures> figures = IncidentReconciler.reconcile(List.of(claims),
        who -> ClaimantParties.shipped().of(who, "PK"));
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  private static Figures figure(VictimCategory victims, Outcome outcome, int low, int best,
      Integer high, String basis) {
    return new Figures(outcome, victims, low, best, high, false, basis, 1, 1, List.of());
  }

  private static Figures figure(VictimCategory victims, int n) {
    return figure(victims, Outcome.KILLED, n, n, n, "figures that do not serve their claimant");
  }

  @Test
  void a_claimants_later_figure_supersedes_its_earlier_one() {
    Figures f = only(in("r1", JAN_5, "Dawn", killed(5, POLICE)),
        in("r2", JAN_6, "Geo", killed(9, POLICE)));
    assertThat(f.claims()).extracting(ClaimLine::best, ClaimLine::status).containsExactly(
        tuple(5, ClaimLine.Status.SUPERSEDED), tuple(9, ClaimLine.Status.CURRENT));
    assertThat(f.reconciled()).isEqualTo(new Reconciled(9, 9, 9));
    assertThat(f.claimants()).isEqualTo(1);
    assertThat(f.sources()).isEqualTo(2);
  }

  @Test
  void a_reprinted_figure_is_restated_and_adds_no_claimant_or_source() {
    // unnamed officials are told apart by outlet: only the reprint rule makes them one claimant
    Figures f = only(in("r1", JAN_5, "Dawn", killed(7, OFFICIALS)),
        new LedgerClaim("r2", JAN_5, "Daily Times", true, null, killed(7, OFFICIALS)));
    assertThat(f.claims()).extracting(ClaimLine::report, ClaimLine::status).containsExactly(
        tuple("r1", ClaimLine.Status.CURRENT), tuple("r2", ClaimLine.Status.RESTATED));
    assertThat(f.claimants()).isEqualTo(1);
    assertThat(f.sources()).isEqualTo(1);
  }

  @Test
  void an_outlets_headline_figure_is_restated_under_the_claimant_who_gave_it() {
    Figures f = only(in("r1", JAN_5, "Dawn", claim(VictimCategory.POLICE, 6, 6, null, false, 0)),
        in("r1", JAN_5, "Dawn", claim(VictimCategory.POLICE, 6, 6, POLICE, false, 200)));
    assertThat(f.claims()).extracting(ClaimLine::claimant, ClaimLine::status).containsExactly(
        tuple(null, ClaimLine.Status.RESTATED), tuple("Kalat police", ClaimLine.Status.CURRENT));
    assertThat(f.claimants()).isEqualTo(1);
  }

  @Test
  void self_interested_figures_count_only_in_the_high() {
    Figures f = only(
        in("r1", JAN_5, "ISPR", claim(VictimCategory.MILITANTS, 40, 40, ARMY, true, 0)),
        in("r2", JAN_5, "Dawn", claim(VictimCategory.MILITANTS, 12, 12, RESIDENTS, false, 0)));
    assertThat(f.reconciled()).isEqualTo(new Reconciled(12, 12, 40));
    assertThat(f.basis()).isEqualTo("figures that do not serve their claimant");
  }

  @Test
  void with_only_self_interested_figures_the_basis_says_so() {
    Figures f = only(
        in("r1", JAN_5, "ISPR", claim(VictimCategory.MILITANTS, 40, 40, ARMY, true, 0)),
        in("r2", JAN_5, "APP", claim(VictimCategory.MILITANTS, 50, 50, MINISTRY, true, 0)));
    assertThat(f.reconciled()).isEqualTo(new Reconciled(40, 50, 50));
    assertThat(f.basis()).isEqualTo("party figures only");
  }

  @Test
  void an_open_ended_claim_leaves_the_high_open() {
    Figures f = only(
        in("r1", JAN_5, "Dawn", claim(VictimCategory.CIVILIANS, 100, 100, RESIDENTS, false, 0)),
        in("r2", JAN_5, "Geo", claim(VictimCategory.CIVILIANS, 120, null, RESCUERS, false, 0)));
    assertThat(f.high()).isNull();
    assertThat(f.low()).isEqualTo(100);
  }

  @Test
  void figures_of_different_sides_apart_by_more_than_twice_and_three_people_are_contested() {
    assertThat(only(in("r1", JAN_5, "Dawn", killed(4, RESIDENTS)),
        in("r2", JAN_5, "Jeeyand", killed(30, GROUP))).contested()).isTrue();
    assertThat(only(in("r1", JAN_5, "Dawn", killed(4, RESIDENTS)),
        in("r2", JAN_5, "Jeeyand", killed(6, GROUP))).contested()).isFalse();
    // more than twice, but only two people apart
    assertThat(only(in("r1", JAN_5, "Dawn", killed(1, RESIDENTS)),
        in("r2", JAN_5, "Jeeyand", killed(3, GROUP))).contested()).isFalse();
  }

  private static CasualtyClaim denial(Claimant who) {
    return new CasualtyClaim(Outcome.KILLED, VictimCategory.SECURITY_FORCES, null,
        new CountRange(0, 0, Qualifier.DENIAL, "no casualties"), who, null,
        who.type().isState(), new Span(0, 10, "x".repeat(10)));
  }

  @Test
  void a_denial_against_another_sides_toll_is_contested_and_serves_its_party() {
    Figures f = only(in("r1", JAN_5, "Dawn", denial(ARMY)),
        in("r2", JAN_5, "Jeeyand", killed(2, GROUP)));
    assertThat(f.contested()).isTrue();
    // the army's own "no losses" serves it: it counts in the high only
    assertThat(f.low()).isEqualTo(2);
    assertThat(f.best()).isEqualTo(2);
    assertThat(f.high()).isEqualTo(2);
    assertThat(f.claims()).extracting(ClaimLine::low).containsExactly(0, 2);
    assertThat(only(in("r1", JAN_5, "Dawn", denial(ARMY)),
        in("r2", JAN_5, "Geo", denial(MINISTRY))).contested()).isFalse();
  }

  @Test
  void figures_of_one_side_are_not_contested_however_far_apart() {
    assertThat(only(in("r1", JAN_5, "ISPR", killed(10, ARMY)),
        in("r2", JAN_5, "APP", killed(40, MINISTRY))).contested()).isFalse();
  }

  @Test
  void the_best_of_two_reliable_figures_is_the_higher() {
    Figures f = only(in("r1", JAN_5, "Dawn", killed(24, null)),
        in("r2", JAN_5, "Geo", killed(31, RESCUERS)));
    assertThat(f.reconciled()).isEqualTo(new Reconciled(24, 31, 31));
    assertThat(f.claimants()).isEqualTo(2);
  }

  @Test
  void police_are_counted_within_security_forces_and_other_groups_add() {
    List<Figures> figures = List.of(figure(VictimCategory.SECURITY_FORCES, 2),
        figure(VictimCategory.POLICE, 4), figure(VictimCategory.MILITANTS, 6),
        figure(VictimCategory.CIVILIANS, 3),
        figure(VictimCategory.CIVILIANS, Outcome.INJURED, 20, 20, 20, "x"));
    // max(2, 4) + 6 + 3; the injured are another outcome
    assertThat(IncidentReconciler.total(figures, Outcome.KILLED))
        .isEqualTo(new Reconciled(13, 13, 13));
    assertThat(IncidentReconciler.total(figures, Outcome.ABDUCTED)).isNull();
  }

  @Test
  void an_unspecified_toll_covers_the_groups_when_larger() {
    Figures soldiers = figure(VictimCategory.SECURITY_FORCES, 5);
    Figures civilians = figure(VictimCategory.CIVILIANS, 3);
    assertThat(IncidentReconciler.total(
        List.of(soldiers, civilians, figure(VictimCategory.PEOPLE, 20)), Outcome.KILLED))
        .isEqualTo(new Reconciled(20, 20, 20));
    assertThat(IncidentReconciler.total(
        List.of(soldiers, civilians, figure(VictimCategory.PEOPLE, 6)), Outcome.KILLED))
        .isEqualTo(new Reconciled(8, 8, 8));
  }

  @Test
  void a_group_given_only_per_site_is_the_sum_of_its_sites() {
    List<Figures> combined = IncidentReconciler.combine(List.of(),
        List.of(List.of(figure(VictimCategory.CIVILIANS, 3)),
            List.of(figure(VictimCategory.CIVILIANS, 4))));
    assertThat(combined).singleElement().satisfies(f -> {
      assertThat(f.reconciled()).isEqualTo(new Reconciled(7, 7, 7));
      assertThat(f.basis()).isEqualTo("sum of its sites");
    });
  }

  @Test
  void a_whole_incident_figure_is_kept_when_larger_than_its_sites() {
    Figures whole = figure(VictimCategory.CIVILIANS, Outcome.KILLED, 10, 10, 12, "whole");
    List<Figures> combined = IncidentReconciler.combine(List.of(whole),
        List.of(List.of(figure(VictimCategory.CIVILIANS, 3)),
            List.of(figure(VictimCategory.CIVILIANS, 4))));
    assertThat(combined).singleElement().satisfies(f -> {
      assertThat(f.reconciled()).isEqualTo(new Reconciled(10, 10, 12));
      assertThat(f.basis()).isEqualTo("whole");
    });
  }

  @Test
  void a_figure_summed_from_its_sites_lists_the_claims_it_stands_on() {
    List<Figures> kalat = IncidentReconciler.reconcile(
        List.of(in("r1", JAN_5, "Frontier Wire", killed(7, POLICE))), who -> ClaimantParties.shipped().of(who, "PK"));
    List<Figures> turbat = IncidentReconciler.reconcile(
        List.of(in("r2", JAN_6, "Sibi Chronicle", killed(6, OFFICIALS))), who -> ClaimantParties.shipped().of(who, "PK"));
    List<Figures> combined = IncidentReconciler.combine(List.of(), List.of(kalat, turbat));
    assertThat(combined).singleElement().satisfies(f -> {
      assertThat(f.reconciled()).isEqualTo(new Reconciled(13, 13, 13));
      assertThat(f.claims()).extracting(ClaimLine::report, ClaimLine::best)
          .containsExactly(tuple("r1", 7), tuple("r2", 6));
    });
  }

  @Test
  void voices_of_one_party_are_one_claimant_whose_latest_figure_counts() {
    Claimant ispr = new Claimant("ISPR", ClaimantType.STATE_MILITARY);
    Claimant military = new Claimant("military's media wing", ClaimantType.STATE_MILITARY);
    Figures f = only(in("r1", JAN_5, "Frontier Wire", killed(41, ispr)),
        in("r2", JAN_6, "Dawn", killed(52, military)));
    assertThat(f.claimants()).isEqualTo(1);
    assertThat(f.claims()).extracting(ClaimLine::claimant, ClaimLine::party, ClaimLine::status)
        .containsExactly(tuple("ISPR", "Pakistan Army", ClaimLine.Status.SUPERSEDED),
            tuple("military's media wing", "Pakistan Army", ClaimLine.Status.CURRENT));
    assertThat(f.best()).isEqualTo(52);
  }
}
