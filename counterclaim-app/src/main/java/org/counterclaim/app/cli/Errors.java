package org.counterclaim.app.cli;

import java.io.PrintWriter;
import org.counterclaim.store.LedgerException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Maps every failure to one line on standard error and an exit status: usage mistakes, user
 * errors and ledger failures (a database that cannot be opened or written) give status 2 without a stack trace; anything else is an internal error, with its stack
 * trace only under {@code --verbose}.
 */
public final class Errors {

  private Errors() {}

  /** Installs the handlers on {@code cmd} and returns it. */
  public static CommandLine install(CommandLine cmd) {
    cmd.setParameterExceptionHandler(Errors::onParameterError);
    cmd.setExecutionExceptionHandler(Errors::onExecutionError);
    return cmd;
  }

  private static int onParameterError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.println(name + ": " + lowerFirst(e.getMessage()) + " (see '" + name + " --help')");
    err.flush();
    return ExitCodes.FAILED;
  }

  private static int onExecutionError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    boolean verbose = parsed.hasMatchedOption("--verbose");
    if (e instanceof UserError || e instanceof LedgerException) {
      // a ledger that cannot be opened or written: its message names which and why
      err.println(name + ": " + e.getMessage());
    } else {
      err.println(name + ": internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.FAILED;
  }

  private static String lowerFirst(String s) {
    if (s == null || s.isEmpty()) {
      return "invalid arguments";
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
