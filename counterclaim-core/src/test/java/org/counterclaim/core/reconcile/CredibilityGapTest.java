package org.counterclaim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.report.Span;
import org.junit.jupiter.api.Test;

/** A claimant's figures beside independent ones, on incidents built by hand. */
class CredibilityGapTest {

  private static final Claimant BLA =
      new Claimant("Baloch Liberation Army", ClaimantType.ARMED_GROUP);
  private static final Claimant ARMY = new Claimant("army", ClaimantType.STATE_MILITARY);
  private static final Claimant RESIDENTS = new Claimant("residents", ClaimantType.WITNESS);
  private static final Claimant HOSPITAL =
      new Claimant("hospital officials", ClaimantType.OFFICIAL_UNNAMED);

  private static LedgerClaim soldiersKilled(String report, String publisher, int n,
      Claimant who) {
    return new LedgerClaim(report, LocalDate.of(2026, 1, 5), publisher, false, null,
        new CasualtyClaim(Outcome.KILLED, VictimCategory.SECURITY_FORCES, "soldiers",
            CountRange.exactly(n, String.valueOf(n)), who, null, false, new Span(0, 1, "x")));
  }

  private static Incident incident(String id, String date, LedgerClaim... claims) {
    return new Incident(id, null, date == null ? null : LocalDate.parse(date), "report text", null, List.of(), List.of(), List.of(),
        null, false, claims.length, claims.length, List.of(), List.of(),
        IncidentReconciler.reconcile(List.of(claims),
        who -> ClaimantParties.shipped().of(who, "PK")), List.of());
  }

  private static CredibilityGap.Row row(String date, int claimed, Integer independent,
      Double ratio) {
    return new CredibilityGap.Row("i-" + date, date == null ? null : LocalDate.parse(date), "BLA", "BLA",
        Outcome.KILLED,
        VictimCategory.SECURITY_FORCES, claimed, independent, ratio, "r");
  }

  @Test
  void a_claimants_figure_is_set_beside_the_median_of_independent_figures() {
    Incident i = incident("i1", "2026-01-05",
        soldiersKilled("r1", "Jeeyand", 25, BLA),
        soldiersKilled("r2", "Dawn", 8, null),
        soldiersKilled("r3", "Geo", 12, RESIDENTS),
        soldiersKilled("r4", "Reuters", 14, HOSPITAL),
        // the state's figure is not independent: with it the median would be 14
        soldiersKilled("r5", "ISPR", 20, ARMY));
    // part of the name, other case
    assertThat(CredibilityGap.rows(List.of(i), "liberation")).singleElement().satisfies(r -> {
      assertThat(r.claimant()).isEqualTo("Baloch Liberation Army");
      assertThat(r.claimed()).isEqualTo(25);
      assertThat(r.independent()).isEqualTo(12);
      assertThat(r.ratio()).isEqualTo(2.08); // 25 / 12 = 2.0833…
      assertThat(r.report()).isEqualTo("r1");
      assertThat(r.incident()).isEqualTo("i1");
    });
  }

  @Test
  void without_an_independent_figure_there_is_no_ratio() {
    Incident i = incident("i1", "2026-01-05", soldiersKilled("r1", "Jeeyand", 30, BLA),
        soldiersKilled("r2", "ISPR", 10, ARMY));
    // the group named in full is the party of its abbreviation: either name finds it
    assertThat(CredibilityGap.rows(List.of(i), "BLA"))
        .isEqualTo(CredibilityGap.rows(List.of(i), "baloch"));
    assertThat(CredibilityGap.rows(List.of(i), "baloch")).singleElement().satisfies(r -> {
      assertThat(r.party()).isEqualTo("BLA");
      assertThat(r.claimed()).isEqualTo(30);
      assertThat(r.independent()).isNull();
      assertThat(r.ratio()).isNull();
    });
  }

  @Test
  void rows_come_in_event_date_order() {
    Incident later = incident("b", "2026-02-01", soldiersKilled("r1", "Jeeyand", 30, BLA));
    Incident earlier = incident("a", "2026-01-20", soldiersKilled("r2", "Jeeyand", 9, BLA));
    assertThat(CredibilityGap.rows(List.of(later, earlier), "baloch"))
        .extracting(CredibilityGap.Row::incident).containsExactly("a", "b");
  }

  @Test
  void months_take_the_median_ratio_of_their_compared_rows() {
    List<CredibilityGap.Month> months = CredibilityGap.byMonth(List.of(
        row("2026-01-05", 25, 12, 2.08), row("2026-01-20", 30, 10, 3.0),
        row("2026-01-28", 40, null, null), row("2026-02-03", 15, 10, 1.5),
        row(null, 50, 10, 5.0)));
    assertThat(months).containsExactly(
        // (2.08 + 3.0) / 2; sums only over compared rows
        new CredibilityGap.Month("2026-01", 3, 2, (2.08 + 3.0) / 2, 55, 22),
        new CredibilityGap.Month("2026-02", 1, 1, 1.5, 15, 10));
  }
}
