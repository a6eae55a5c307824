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
import org.counterclaim.core.extract.OutletHomesLearning;
import org.counterclaim.core.place.OutletHomes;
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

  @Option(names = "--write-homes", paramLabel = "FILE",
      description = "Write the outlet homes learnt from the gold file's reports to FILE (the"
          + " format --outlet-homes reads).")
  Path writeHomes;

  @Override
  public Integer call() {
    List<PlaceEvaluation.Article> articles = readGold();
    CsvTable table = incidents == null ? null : readIncidents();
    Extractor extractor = extractorOptions.load(spec);
    PrintWriter out = spec.commandLine().getOut();
    long t0 = System.nanoTime();
    PlaceEvaluation.Result alone = PlaceEvaluation.run(articles,
        a -> extractor.extract(report(a)).places());
    // homes from the articles' own outlets and places, two re-readings: no gold is read
    OutletHomes homes = OutletHomesLearning.learn(extractor,
        articles.stream().map(EvalPlacesCommand::report).toList(), 2);
    Extractor local = extractor.withOutletHomes(homes);
    PlaceEvaluation.Result r = PlaceEvaluation.run(articles, a -> local.extract(report(a)).places());
    double seconds = (System.nanoTime() - t0) / 1e9;
    out.printf("place evaluation: %d articles from %s (overlap-based, %.1f s)%n", r.articles(),
        gold, seconds);
    out.printf("  recognition: precision %.3f (%d of %d), recall %.3f (%d of %d), F1 %.3f%n",
        r.precision(), r.correct(), r.predicted(), r.recall(), r.found(), r.gold(), r.f1());
    out.printf("  resolution of found toponyms with gold coordinates (%d; %d unresolved):%n",
        r.withCoordinates(), r.unresolved());
    out.printf("    each report alone:        within 161 km %.3f (%d), within 25 km %.3f (%d)%n",
        alone.accuracy161(), alone.within161(), alone.accuracy25(), alone.within25());
    out.printf("    with its outlet's home:   within 161 km %.3f (%d), within 25 km %.3f (%d)%n",
        r.accuracy161(), r.within161(), r.accuracy25(), r.within25());
    out.printf("    (homes learnt for %d of %d outlets from their reports' places; no gold used)%n",
        homes.size(), articles.stream().map(PlaceEvaluation.Article::outlet)
            .filter(java.util.Objects::nonNull).distinct().count());
    if (writeHomes != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(writeHomes,
          StandardCharsets.UTF_8))) {
        homes.write(w, extractor.gazetteer());
      } catch (IOException e) {
        throw new UserError(writeHomes + ": cannot write: " + e.getMessage(), e);
      }
    }
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

  /** The article as a report of its outlet. */
  private static Report report(PlaceEvaluation.Article a) {
    return new Report(a.id(), a.text(), null, a.outlet());
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
