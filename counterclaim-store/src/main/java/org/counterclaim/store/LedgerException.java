package org.counterclaim.store;

/** The ledger cannot be opened or written; the message is one line naming what and why. */
public final class LedgerException extends RuntimeException {

  /** A failure with its one-line reason and cause. */
  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A failure with no underlying exception: a request the ledger cannot honour. */
  public LedgerException(String message) {
    super(message);
  }
}
