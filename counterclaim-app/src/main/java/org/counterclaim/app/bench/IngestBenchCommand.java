package org.counterclaim.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.report.Report;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim bench ingest}: how fast reports are extracted and stored in a new SQLite
 * ledger (or an empty PostgreSQL one), how large the ledger grows per ten thousand reports, and
 * how long grouping them into incidents takes.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Measure ingest throughput and ledger size on a corpus.")
public final class IngestBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Mixin CorpusOptions corpus;

  @Option(names = "--db", paramLabel = "URL",
      description = "An empty PostgreSQL ledger (jdbc:postgresql://…) to measure instead of a new"
          + " SQLite file.")
  String db;

  @Override
  public Integer call() {
    List<String> texts = corpus.texts(1);
    Extractor extractor = extractorOptions.load(spec);
    Path dir;
    try {
      dir = Files.createTempDirectory("counterclaim-bench");
    } catch (IOException e) {
      throw new UserError("cannot create a temporary folder: " + e.getMessage(), e);
    }
    Path file = dir.resolve("ledger.db");
    LedgerConfig config = db == null ? LedgerConfig.of(file.toString()) : LedgerConfig.of(db);
    Map<Stored, Integer> counts = new EnumMap<>(Stored.class);
    long t0 = System.nanoTime();
    long bytes;
    IncidentGrouping.Result resolution;
    double resolveSeconds;
    try (Ledger ledger = Ledger.open(config)) {
      if (ledger.count("reports") > 0) {
        throw new UserError(config.redactedUrl() + ": not an empty ledger");
      }
      long before = ledger.databaseBytes();
      IngestService service =
          new IngestService(() -> extractor, ledger,
          IncidentGrouping.of(extractor.vocabulary(), extractor.registry()));
      for (int i = 0; i < texts.size(); i++) {
        Report r = new Report("bench-" + i, texts.get(i), null, null);
        counts.merge(service.ingest(corpus.input().toString(), r), 1, Integer::sum);
      }
      long r0 = System.nanoTime();
      resolution = service.regroup();
      resolveSeconds = (System.nanoTime() - r0) / 1e9;
      bytes = config.isSqlite() ? -1 : ledger.databaseBytes() - before;
    }
    double seconds = (System.nanoTime() - t0) / 1e9 - resolveSeconds;
    try {
      if (config.isSqlite()) {
        bytes = Files.size(file);
      }
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      throw new UserError(file + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("ingest: %d reports from %s in %.1f s = %.1f reports/s (%d new, %d duplicates,"
            + " %d near-copies)%n", texts.size(), corpus.input(), seconds, texts.size() / seconds,
        counts.getOrDefault(Stored.NEW, 0), counts.getOrDefault(Stored.DUPLICATE, 0),
        counts.getOrDefault(Stored.NEAR_COPY, 0));
    out.printf("ledger: %.1f MB, %.1f MB per 10,000 reports (%s)%n", bytes / 1e6,
        bytes / 1e6 * 10_000 / texts.size(), config.isSqlite() ? "SQLite" : "PostgreSQL");
    out.printf("incidents: %d reports grouped into %d incidents in %.1f s%n",
        resolution.reports(), resolution.incidents(), resolveSeconds);
    out.flush();
    return ExitCodes.OK;
  }
}
