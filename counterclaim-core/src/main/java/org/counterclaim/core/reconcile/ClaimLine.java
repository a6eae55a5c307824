package org.counterclaim.core.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.report.Span;

/**
 * One claim as an incident lists it: its report, who claims it ({@code claimant} as named, {@code
 * party} the party it speaks for) and for which side, who relayed
 * it, the figure as an interval with its best single value, whether it serves the claimant
 * ({@code selfInterested}), its {@code status} in the claimant's history, and the sentence.
 */
@JsonPropertyOrder({"report", "published", "publisher", "claimant", "party", "claimantType", "side",
    "relayedBy", "low", "high", "best", "countText", "selfInterested", "status", "evidence"})
public record ClaimLine(
    String report,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate published,
    @JsonInclude(JsonInclude.Include.ALWAYS) String publisher,
    @JsonInclude(JsonInclude.Include.ALWAYS) String claimant,
    @JsonInclude(JsonInclude.Include.ALWAYS) String party,
    @JsonInclude(JsonInclude.Include.ALWAYS) ClaimantType claimantType,
    Side side,
    @JsonInclude(JsonInclude.Include.ALWAYS) String relayedBy,
    int low,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer high,
    int best,
    String countText,
    boolean selfInterested,
    Status status,
    Span evidence) {

  /** Where a claim stands in its claimant's history of figures for one group. */
  public enum Status {
    /** The claimant's latest figure: it counts. */
    CURRENT,
    /** A figure the claimant revised later (or bettered in the same report): kept, not counted. */
    SUPERSEDED,
    /** The same figure again (a reprint, a later report, another sentence): counted once. */
    RESTATED;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
