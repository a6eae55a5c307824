package org.counterclaim.core.claimant;

/**
 * Where a sentence names its source: tokens {@code from}..{@code to} (exclusive) of the source,
 * {@code relayFrom}..{@code relayTo} of the outlet that relayed it ({@code relayFrom} is -1 when
 * no outlet is named), and {@code cueFrom}..{@code cueTo} of the reporting words ("said",
 * "according to").
 */
public record SourcePhrase(int from, int to, int relayFrom, int relayTo, int cueFrom, int cueTo) {

  /** True when the source follows its cue ("said the official", "according to police"). */
  public boolean sourceAfterCue() {
    return from >= cueTo;
  }

  /** True when an outlet relaying the statement is named. */
  public boolean hasRelay() {
    return relayFrom >= 0;
  }
}
