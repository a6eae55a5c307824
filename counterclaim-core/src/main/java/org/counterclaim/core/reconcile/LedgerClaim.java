package org.counterclaim.core.reconcile;

import java.time.LocalDate;
import java.util.Objects;
import org.counterclaim.core.casualty.CasualtyClaim;

/**
 * A claim of one of an incident's reports: the report's key, publication date and publisher,
 * whether the report is a reprint of another ({@code reprint}), the incident site the claim is
 * about ({@code site}, null when it is about the whole incident) and the claim itself.
 */
public record LedgerClaim(String report, LocalDate published, String publisher, boolean reprint,
    String site, CasualtyClaim claim) {

  public LedgerClaim {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(claim, "claim");
  }
}
