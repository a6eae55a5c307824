package org.counterclaim.app.testkit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.counterclaim.app.Counterclaim;
import org.counterclaim.app.cli.ExtractorFactory;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import picocli.CommandLine;

/** Runs the command line in-process, capturing its output; models load once per test JVM. */
public final class Cli {

  /** What a run printed and returned. */
  public record Run(int exitCode, String out, String err) {}

  private static final Map<ExtractorConfig, Extractor> LOADED = new ConcurrentHashMap<>();

  /** Loads each configuration's extractor once and reuses it. */
  public static final ExtractorFactory SHARED = config -> LOADED.computeIfAbsent(config, Extractor::load);

  private Cli() {}

  /** Runs {@code counterclaim ARGS}. */
  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = commandLine(out, err).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The command line with the shared extractors, printing to {@code out} and {@code err}. */
  private static CommandLine commandLine(StringWriter out, StringWriter err) {
    CommandLine cmd = Counterclaim.commandLine(SHARED);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd;
  }

  /** A command running in the background (a server), whose output can be read as it comes. */
  public static final class Running {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** What it printed so far. */
    public String out() {
      return out.toString();
    }

    /** What it printed on its error stream so far. */
    public String err() {
      return err.toString();
    }
  }

  /** Starts {@code counterclaim ARGS} on a daemon thread, which ends with the test JVM. */
  public static Running start(String... args) {
    Running r = new Running();
    CommandLine cmd = commandLine(r.out, r.err);
    Thread t = new Thread(() -> cmd.execute(args), "cli " + String.join(" ", args));
    t.setDaemon(true);
    t.start();
    return r;
  }
}
