package org.counterclaim.core.ingest;

/** What storing one report did to the ledger. */
public enum Stored {
  /** A report the ledger did not have. */
  NEW,
  /** The same report with the same text: nothing changed. */
  UNCHANGED,
  /** The same report with a new text (an edited file): its rows were replaced. */
  REVISED,
  /** Another report's exact text: recorded as a copy of the first, counted once. */
  DUPLICATE,
  /**
   * Nearly another report's text (a reprint with a new first line or footer): stored with its own
   * claims and linked to the first, so that the two count as one source.
   */
  NEAR_COPY,
  /** A report not in English: recorded and counted, not extracted. */
  NOT_ENGLISH
}
