package org.counterclaim.app.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.app.ingest.ReportPaths;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.OutletHomesLearning;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.read.AnyReports;
import org.counterclaim.core.read.FileNames;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.core.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim homes PATH... --out FILE}: learns where each outlet of a collection of
 * reports publishes from, for {@code --outlet-homes}.
 */
@Command(
    name = "homes",
    mixinStandardHelpOptions = true,
    description = "Learn each outlet's home from the places its reports name (at least "
        + OutletHomes.MIN_REPORTS + " reports per outlet) and write an outlet homes file for"
        + " --outlet-homes.")
public final class HomesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Report files, JSON Lines files and folders (read recursively); reports"
          + " without a publisher are skipped.")
  List<Path> paths;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The outlet homes file to write (replaced if it exists).")
  Path out;

  @Option(names = "--rounds", defaultValue = "2", paramLabel = "N",
      description = "Times to read the reports again with the homes learnt so far, which settles"
          + " outlets named after an ambiguous town (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    if (rounds < 0) {
      throw new UserError("--rounds must not be negative");
    }
    List<Report> reports = new ArrayList<>();
    int[] problems = {0};
    AnyReports reader = new AnyReports(new HtmlCleaner(extractorOptions.vocabulary()));
    PrintWriter err = spec.commandLine().getErr();
    ReportPaths.Listing listing = ReportPaths.list(paths);
    for (ReadResult.Problem p : listing.problems()) {
      problems[0]++;
      err.println(p.input() + ": " + p.reason());
    }
    for (Path file : listing.files()) {
      reader.forEach(file, FileNames.of(file), ReadOptions.defaults(), r -> {
        if (r instanceof ReadResult.Ok ok) {
          if (ok.report().publisher() != null && !ok.report().publisher().isBlank()) {
            reports.add(ok.report());
          }
        } else if (r instanceof ReadResult.Problem p) {
          problems[0]++;
          err.println(p.input() + ": " + p.reason());
        }
      });
    }
    Extractor extractor = extractorOptions.load(spec);
    OutletHomes homes = OutletHomesLearning.learn(extractor, reports, rounds);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      homes.write(w, extractor.gazetteer());
    } catch (IOException e) {
      throw new UserError(out + ": cannot write: " + e.getMessage(), e);
    }
    long outlets = reports.stream().map(Report::publisher).distinct().count();
    PrintWriter o = spec.commandLine().getOut();
    o.printf("learnt homes for %d of %d outlets from %d reports; written to %s%n", homes.size(),
        outlets, reports.size(), out);
    o.flush();
    return problems[0] == 0 ? ExitCodes.OK
        : reports.isEmpty() ? ExitCodes.FAILED : ExitCodes.SOME_INPUTS_FAILED;
  }
}
