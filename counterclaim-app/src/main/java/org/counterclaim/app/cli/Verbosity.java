package org.counterclaim.app.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} option every command shares. */
public final class Verbosity {

  @Option(names = "--verbose", description = "Show stack traces of errors.")
  boolean verbose;

  /** True when the user asked for stack traces. */
  public boolean verbose() {
    return verbose;
  }
}
