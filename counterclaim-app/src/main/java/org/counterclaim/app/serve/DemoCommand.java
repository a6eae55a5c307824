package org.counterclaim.app.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.read.JsonlReports;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.server.IntakeWords;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim demo}: builds a ledger from the bundled demo reports (written for the
 * project) into a fresh SQLite file and serves it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Build a ledger from the bundled demo reports into a fresh SQLite file and serve"
        + " it at http://localhost:8080/.")
public final class DemoCommand implements Callable<Integer> {

  static final String CORPUS = "/org/counterclaim/app/demo/demo-reports.jsonl";

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ServerOptions serverOptions;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--db", paramLabel = "FILE",
      description = "Where to build the demo ledger (replaced if it exists; default: a new file in"
          + " a temporary folder).")
  Path db;

  @Option(names = "--build-only", description = "Build the ledger and stop, without serving it.")
  boolean buildOnly;

  @Override
  public Integer call() {
    Path file = ledgerFile();
    LedgerConfig ledger = LedgerConfig.of(file.toString());
    serverOptions.config(ledger);
    PrintWriter out = spec.commandLine().getOut();
    Extractor extractor = extractorOptions.load(spec);
    IncidentGrouping.Result r = build(ledger, extractor);
    out.printf("demo ledger %s: %d reports in %d incidents%n", file, r.reports(), r.incidents());
    out.flush();
    if (!buildOnly) {
      ServeCommand.serve(spec, serverOptions.config(ledger), () -> extractor,
          new IntakeWords(extractor.vocabulary(), extractor.registry()), file.toString());
    }
    return ExitCodes.OK;
  }

  private Path ledgerFile() {
    try {
      if (db == null) {
        return Files.createTempDirectory("counterclaim-demo").resolve("demo.db");
      }
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Files.deleteIfExists(Path.of(db + suffix));
      }
      return db;
    } catch (IOException e) {
      throw new UserError((db == null ? "temporary folder" : db.toString()) + ": "
          + e.getMessage(), e);
    }
  }

  /** Reads the bundled reports into {@code ledger} and groups them into incidents. */
  static IncidentGrouping.Result build(LedgerConfig config, Extractor extractor) {
    try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS);
        Ledger ledger = Ledger.open(config)) {
      if (in == null) {
        throw new IllegalStateException("the demo reports are missing from the jar");
      }
      BufferedReader lines = JsonlReports.open(in);
      IngestService service =
          new IngestService(() -> extractor, ledger,
          IncidentGrouping.of(extractor.vocabulary(), extractor.registry()));
      service.ingestLines(lines, "demo", ReadOptions.defaults(), new IngestService.Listener() {
        @Override
        public void problem(String where, String reason) {
          throw new IllegalStateException("bad demo report: " + where + ": " + reason);
        }
      });
      return service.regroup();
    } catch (IOException e) {
      throw new UserError("cannot read the demo reports: " + e.getMessage(), e);
    }
  }
}
