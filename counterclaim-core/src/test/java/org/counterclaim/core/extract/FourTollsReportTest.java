package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report the project exists for: four incompatible tolls of one wave of attacks, each kept
 * with its claimant.
 */
class FourTollsReportTest {

  private static ReportExtraction extraction;

  @BeforeAll
  static void extract() throws IOException {
    Path file = Path.of("src/test/resources/golden/four-tolls-balochistan.txt");
    extraction = Pipelines.extractor().extract(
        new Report("four-tolls", Files.readString(file), LocalDate.of(2026, 2, 1), "Quetta Chronicle"));
  }

  @Test
  void every_toll_stands_with_its_own_claimant() {
    assertThat(extraction.claims())
        .extracting(c -> c.victims().label(), c -> c.count().low(), c -> c.count().high(),
            c -> c.claimant().name(), c -> c.claimant().type())
        .containsExactly(
            tuple("militants", 197, 197, "Pakistan Army", ClaimantType.STATE_MILITARY),
            tuple("security_forces", 23, null, "Reuters", ClaimantType.MEDIA),
            tuple("civilians", 36, 36, "Reuters", ClaimantType.MEDIA),
            tuple("security_forces", 280, null, "BLA", ClaimantType.ARMED_GROUP),
            tuple("police", 7, 7, "police", ClaimantType.POLICE));
  }

  @Test
  void parties_claiming_their_enemies_losses_are_marked_self_interested() {
    assertThat(extraction.claims())
        .extracting(CasualtyClaim::selfInterested)
        .containsExactly(true, false, false, true, false);
  }

  @Test
  void the_publisher_relays_every_claim_it_did_not_make() {
    assertThat(extraction.claims()).extracting(CasualtyClaim::relayedBy).containsOnly("Quetta Chronicle");
  }

  @Test
  void competing_claimants_do_not_add_up_but_victim_groups_do() {
    // militants 197 + security forces (23 independent vs 280 self-interested: best 23, open)
    // + civilians 36 + police 7
    Reconciled killed = extraction.totals().get(Outcome.KILLED);
    assertThat(killed.low()).isEqualTo(263);
    assertThat(killed.best()).isEqualTo(263);
    assertThat(killed.high()).isNull();
  }
}
