package org.counterclaim.core.resolve;

import java.util.List;
import java.util.Objects;

/**
 * An analyst's corrections to the clustering, by report keys so that they survive re-ingest:
 * pairs of reports that belong to one incident ({@code together}) and pairs that must never
 * ({@code apart}).
 */
public record Corrections(List<Pair> together, List<Pair> apart) {

  /** Two reports, by key. */
  public record Pair(String a, String b) {
    public Pair {
      Objects.requireNonNull(a, "a");
      Objects.requireNonNull(b, "b");
    }
  }

  public Corrections {
    together = List.copyOf(together);
    apart = List.copyOf(apart);
  }

  /** No corrections. */
  public static Corrections none() {
    return new Corrections(List.of(), List.of());
  }
}
