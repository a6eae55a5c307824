package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.report.Span;

/**
 * One figure of a report: what happened to how many of whom, who asserts it, who relayed it, and
 * the sentence it came from. {@code claimant} is null when neither the text nor the report's
 * publisher tells who speaks; {@code relayedBy} is null when nobody relays someone else's claim.
 */
public record CasualtyClaim(
    Outcome outcome,
    VictimCategory victims,
    @JsonInclude(JsonInclude.Include.ALWAYS) String victimText,
    CountRange count,
    @JsonInclude(JsonInclude.Include.ALWAYS) Claimant claimant,
    @JsonInclude(JsonInclude.Include.ALWAYS) String relayedBy,
    boolean selfInterested,
    Span evidence) {

  public CasualtyClaim {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(evidence, "evidence");
  }
}
