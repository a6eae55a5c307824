package org.counterclaim.app.cli;

/** The exit statuses of every command. */
public final class ExitCodes {

  /** Everything asked for was done. */
  public static final int OK = 0;

  /** The command ran to the end, but some inputs were bad (each was reported). */
  public static final int SOME_INPUTS_FAILED = 1;

  /** The command as a whole failed: a usage error, unreadable input, nothing could be done. */
  public static final int FAILED = 2;

  private ExitCodes() {}
}
