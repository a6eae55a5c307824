package org.counterclaim.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.eval.CsvTable;
import org.counterclaim.core.eval.PlaceEvaluation;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim eval places --gold FILE [--incidents CSV]}: toponym recognition and
 * resolution against geoparsing gold data, and how often event places match an incident file's
 * city and province.
 */
@Command(
    name = "places",
    mixinStandardHelpOptions = true,
    description = "Compare places with geoparsing gold data (LGL JSONL) and, optionally, event"
        + " places with an incident file's city and provstate (GTD CSV).")
public final class EvalPlacesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--gold", required = true, paramLabel = "JSONL",
      description = "Geoparsing gold data: {\"text\", \"toponyms\": [{start, end, lat, lon}]} per line.")
  Path gold;

  @Option(names = "--incidents", paramLabel = "CSV",
      description = "Incidents CSV with summary, city and provstate columns (GTD extract).")
  Path incidents;

  @Option(names = "--limit", defaultValue = "2147483647", paramLabel = "N",
      description = "Use the first N articles only.")
  int limit;

  @Override
  public Integer call() {
    List<PlaceEvaluation.Article> articles = readGold();
    CsvTable table = incidents == null ? null : readIncidents();
    Extractor extractor = extractorOptions.load(spec);
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    PlaceEvaluation.Result r = PlaceEvaluation.run(articles,
        text -> extractor.extract(new Report("eval", text, null, null)).places());
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("place evaluation: %d articles from %s (overlap-based, %.1f s)%n", r.articles(),
        gold, seconds);
    out.printf("  recognition: precision %.3f (%d of %d), recall %.3f (%d of %d), F1 %.3f%n",
        r.precision(), r.correct(), r.predicted(), r.recall(), r.found(), r.gold(), r.f1());
    out.printf("  resolution of found toponyms with gold coordinates (%d; %d unresolved):%n",
        r.withCoordinates(), r.unresolved());
    out.printf("    within 161 km %.3f (%d), within 25 km %.3f (%d)%n", r.accuracy161(),
        r.within161(), r.accuracy25(), r.within25());
    if (table != null) {
      PlaceEvaluation.EventShare s;
      try {
        s = PlaceEvaluation.eventShare(table,
            text -> extractor.extract(new Report("eval", text, null, null)));
      } catch (IllegalArgumentException e) {
        throw new UserError(incidents + ": " + e.getMessage(), e);
      }
      out.printf("event places against %s:%n", incidents);
      out.printf("  city matched      %.1f%% (%d of %d rows that name one)%n",
          100.0 * s.cityMatched() / Math.max(1, s.cityRows()), s.cityMatched(), s.cityRows());
      out.printf("  provstate matched %.1f%% (%d of %d rows that name one)%n",
          100.0 * s.provinceMatched() / Math.max(1, s.provinceRows()), s.provinceMatched(),
          s.provinceRows());
      out.printf("  event date matched %.1f%% (%d of %d rows with a date)%n",
          100.0 * s.dateMatched() / Math.max(1, s.dateRows()), s.dateMatched(), s.dateRows());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private List<PlaceEvaluation.Article> readGold() {
    return GoldFile.read(gold, in -> PlaceEvaluation.read(in, limit));
  }


  private CsvTable readIncidents() {
    try {
      CsvTable t = CsvTable.parse(Files.readString(incidents, StandardCharsets.UTF_8));
      for (String column : List.of("summary", "city", "provstate")) {
        if (!t.hasColumn(column)) {
          throw new UserError(incidents + ": no \"" + column + "\" column");
        }
      }
      return t;
    } catch (NoSuchFileException e) {
      throw new UserError(incidents + ": no such file", e);
    } catch (IOException e) {
      throw new UserError(incidents + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UserError(incidents + ": " + e.getMessage(), e);
    }
  }
}
