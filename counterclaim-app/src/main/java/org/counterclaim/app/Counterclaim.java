package org.counterclaim.app;

import org.counterclaim.app.bench.BenchCommand;
import org.counterclaim.app.cli.Errors;
import org.counterclaim.app.eval.EvalCommand;
import org.counterclaim.app.extract.ExtractCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code counterclaim} command: turns news reports into source-attributed casualty claims. */
@Command(
    name = "counterclaim",
    mixinStandardHelpOptions = true,
    version = "counterclaim 0.1.0",
    description = "Turns news reports about violent incidents into source-attributed casualty claims.",
    subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class})
public final class Counterclaim {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line: one-line errors, exit status 2 for a failed command. */
  public static CommandLine commandLine() {
    return Errors.install(new CommandLine(new Counterclaim()));
  }
}
