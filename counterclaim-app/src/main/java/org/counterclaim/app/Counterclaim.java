package org.counterclaim.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.counterclaim.app.bench.BenchCommand;
import java.util.Objects;
import org.counterclaim.app.cli.Errors;
import org.counterclaim.app.cli.RawArguments;
import org.counterclaim.app.cli.ExtractorFactory;
import org.counterclaim.app.cli.HasExtractors;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.app.eval.EvalCommand;
import org.counterclaim.app.extract.ExtractCommand;
import org.counterclaim.app.extract.HomesCommand;
import org.counterclaim.app.ingest.ImportCommand;
import org.counterclaim.app.ingest.IngestCommand;
import org.counterclaim.app.ingest.SearchCommand;
import org.counterclaim.app.query.ClaimsCommand;
import org.counterclaim.app.query.GapCommand;
import org.counterclaim.app.query.IncidentCommand;
import org.counterclaim.app.query.IncidentsCommand;
import org.counterclaim.app.query.QuotesCommand;
import org.counterclaim.app.resolve.MergeCommand;
import org.counterclaim.app.serve.DemoCommand;
import org.counterclaim.app.serve.ServeCommand;
import org.counterclaim.app.resolve.SplitCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code counterclaim} command: turns news reports into source-attributed casualty claims. */
@Command(
    name = "counterclaim",
    mixinStandardHelpOptions = true,
    version = "counterclaim 0.1.0",
    description = "Turns news reports about violent incidents into source-attributed casualty claims.",
    subcommands = {DemoCommand.class, ServeCommand.class, ExtractCommand.class,
        IngestCommand.class, ImportCommand.class, SearchCommand.class, ClaimsCommand.class, QuotesCommand.class, IncidentsCommand.class,
        IncidentCommand.class, GapCommand.class, MergeCommand.class, SplitCommand.class,
        HomesCommand.class, EvalCommand.class, BenchCommand.class})
public final class Counterclaim implements HasExtractors {

  private final ExtractorFactory extractors;

  /** The command with the given way of loading extractors. */
  public Counterclaim(ExtractorFactory extractors) {
    this.extractors = Objects.requireNonNull(extractors, "extractors");
  }

  /** Loads extractors for the subcommands. */
  @Override
  public ExtractorFactory extractors() {
    return extractors;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    RawArguments raw = RawArguments.of(args);
    System.exit(commandLine(Extractor::load, raw).execute(raw.args()));
  }

  /** The configured command line: one-line errors, exit status 2 for a failed command. */
  public static CommandLine commandLine(ExtractorFactory extractors) {
    return commandLine(extractors, RawArguments.none());
  }

  /**
   * The configured command line, whose file paths are found by the bytes {@code raw} keeps of
   * the arguments Java could not decode (run it with {@code raw.args()}).
   */
  public static CommandLine commandLine(ExtractorFactory extractors, RawArguments raw) {
    CommandLine cmd = new CommandLine(new Counterclaim(extractors));
    cmd.registerConverter(LocalDate.class, Counterclaim::date);
    cmd.registerConverter(Path.class, raw::path);
    return Errors.install(cmd);
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
    }
  }
}
