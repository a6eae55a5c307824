package org.counterclaim.core.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.extract.Reconciled;

/**
 * The reconciled figure for one victim group and outcome of an incident (or of one of its sites):
 * {@code low}, {@code best} and {@code high} ({@code high} null when open), whether claimants on
 * different sides disagree ({@code contested}), what the best rests on ({@code basis}), how many
 * claimants and independent sources gave figures, and every claim in the order they were made.
 */
@JsonPropertyOrder({"outcome", "victims", "low", "best", "high", "contested", "basis",
    "claimants", "sources", "claims"})
public record Figures(
    Outcome outcome,
    VictimCategory victims,
    int low,
    int best,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer high,
    boolean contested,
    String basis,
    int claimants,
    int sources,
    List<ClaimLine> claims) {

  public Figures {
    claims = List.copyOf(claims);
  }

  /** The figure as a {@link Reconciled}. */
  public Reconciled reconciled() {
    return new Reconciled(low, best, high);
  }
}
