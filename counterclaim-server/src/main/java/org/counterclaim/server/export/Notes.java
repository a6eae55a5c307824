package org.counterclaim.server.export;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.reconcile.ClaimLine;
import org.counterclaim.core.reconcile.Figures;
import org.counterclaim.core.reconcile.Incident;

/** An incident's figures in words, for people reading an export or a table. */
public final class Notes {

  private Notes() {}

  /**
   * Each figure of {@code i} with the current claims behind it: "police killed 7-9 (best 8):
   * police 7, Geo 9".
   */
  public static String of(Incident i) {
    List<String> notes = new ArrayList<>();
    for (Figures f : i.figures()) {
      List<String> by = new ArrayList<>();
      for (ClaimLine c : f.claims()) {
        if (c.status() == ClaimLine.Status.CURRENT) {
          String who = c.claimant() != null ? c.claimant()
              : c.publisher() != null ? c.publisher() : "the report";
          by.add(who + " " + c.countText());
        }
      }
      notes.add(f.victims().label().replace('_', ' ') + " " + f.outcome().label() + " "
          + range(f.reconciled()) + (f.contested() ? " (contested)" : "")
          + (by.isEmpty() ? "" : ": " + String.join(", ", by)));
    }
    return notes.isEmpty() ? null : String.join("; ", notes);
  }

  /** A figure as "7", "7-9 (best 8)" or "23+ (best 23)"; "-" for none. */
  public static String range(Reconciled r) {
    if (r == null) {
      return "-";
    }
    String high = r.high() == null ? "+" : r.high() == r.low() ? "" : "-" + r.high();
    return r.low() + high + (r.best() != r.low() || r.high() == null ? " (best " + r.best() + ")"
        : "");
  }
}
