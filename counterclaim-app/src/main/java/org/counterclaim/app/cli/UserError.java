package org.counterclaim.app.cli;

/**
 * A mistake of the user's (a missing file, a malformed option value): reported as one line, with
 * exit status 2 and no stack trace.
 */
public final class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An error whose message is the whole line shown to the user. */
  public UserError(String message) {
    super(message);
  }

  /** An error with the exception that revealed it (shown only with --verbose). */
  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
