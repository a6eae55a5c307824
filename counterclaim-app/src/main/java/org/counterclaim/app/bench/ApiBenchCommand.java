package org.counterclaim.app.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.app.serve.ServeCommand;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.ingest.Processed;
import org.counterclaim.server.IntakeWords;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim bench api}: builds (once) a ledger of many made-up incidents and serves it,
 * so that a load generator in another process (wrk) can measure the API on loopback.
 */
@Command(
    name = "api",
    mixinStandardHelpOptions = true,
    description = "Build a ledger of N made-up incidents (once) and serve it for a load"
        + " benchmark (e.g. wrk from another terminal).")
public final class ApiBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Option(names = "--incidents", defaultValue = "100000", paramLabel = "N",
      description = "How many incidents (default: ${DEFAULT-VALUE}).")
  int incidents;

  @Option(names = "--db", required = true, paramLabel = "FILE",
      description = "The SQLite ledger to build, or to reuse when it was built before.")
  Path db;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "Serve on this port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--build-only", description = "Build the ledger and stop.")
  boolean buildOnly;

  @Override
  public Integer call() {
    if (incidents < 1) {
      throw new UserError("--incidents must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    LedgerConfig config = LedgerConfig.of(db.toString());
    try (Ledger ledger = Ledger.open(config)) {
      long have = ledger.incidents().count();
      if (have < incidents) {
        if (ledger.count("reports") > 0) {
          throw new UserError(db + ": holds " + have + " incidents, not " + incidents
              + "; give a new file");
        }
        // synthetic extractions: the service stores them and groups them, extracting nothing
        IngestService service = IngestService.storing(ledger, IncidentGrouping.defaults());
        long t0 = System.nanoTime();
        for (int i = 0; i < incidents; i++) {
          service.store("synthetic", new Processed.Extracted(SyntheticReports.report(i)));
          if ((i + 1) % 10_000 == 0) {
            out.printf("stored %d reports%n", i + 1);
            out.flush();
          }
        }
        long t1 = System.nanoTime();
        IncidentGrouping.Result r = service.regroup();
        long t2 = System.nanoTime();
        out.printf("built %s: %d reports stored in %.1f s, grouped into %d incidents in %.1f s"
            + " (%.0f MB)%n", db, r.reports(), (t1 - t0) / 1e9, r.incidents(), (t2 - t1) / 1e9,
            Files.size(db) / 1e6);
      } else {
        out.printf("%s: %d incidents, built before%n", db, have);
      }
    } catch (java.io.IOException e) {
      throw new UserError(db + ": " + e.getMessage(), e);
    }
    out.flush();
    if (buildOnly) {
      return ExitCodes.OK;
    }
    out.printf("measure from another terminal, e.g.%n"
        + "  wrk -t2 -c64 -d30s --latency 'http://localhost:%d/api/incidents?limit=50'%n", port);
    out.flush();
    ServeCommand.serve(spec, ServerConfig.of(config).at("localhost", port), () -> {
      throw new IllegalStateException("the benchmark server is read-only");
    }, IntakeWords.shipped(), db.toString());
    return ExitCodes.OK;
  }
}
