package org.counterclaim.core.claimant;

/**
 * Where a sentence names its source: tokens {@code from}..{@code to} (exclusive) of the source, and
 * {@code relayFrom}..{@code relayTo} of the outlet that relayed it ({@code relayFrom} is -1 when
 * no outlet is named).
 */
public record SourcePhrase(int from, int to, int relayFrom, int relayTo) {

  /** True when an outlet relaying the statement is named. */
  public boolean hasRelay() {
    return relayFrom >= 0;
  }
}
