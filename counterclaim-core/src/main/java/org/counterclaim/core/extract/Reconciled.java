package org.counterclaim.core.extract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A reconciled figure: the lowest and highest figures claimed and the best estimate between them.
 * {@code high} is null when some claim leaves the top open ("at least 280").
 */
public record Reconciled(int low, int best, @JsonInclude(JsonInclude.Include.ALWAYS) Integer high) {

  /** Component-wise sum; open when either is open. */
  public Reconciled plus(Reconciled o) {
    return new Reconciled(low + o.low, best + o.best,
        high == null || o.high == null ? null : high + o.high);
  }

  /** Component-wise maximum; open when either is open. */
  public Reconciled max(Reconciled o) {
    return new Reconciled(Math.max(low, o.low), Math.max(best, o.best),
        high == null || o.high == null ? null : Math.max(high, o.high));
  }
}
