package org.counterclaim.store;

/** What storing one report did to the ledger. */
public enum Stored {
  /** A report the ledger did not have. */
  NEW,
  /** The same report with the same text: nothing changed. */
  UNCHANGED,
  /** The same report with a new text (an edited file): its rows were replaced. */
  REVISED,
  /** Another report's exact text: recorded as a copy of the first, counted once. */
  DUPLICATE
}
