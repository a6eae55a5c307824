package org.counterclaim.app.ingest;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.read.FileNames;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim ingest PATH…}: reads reports from files and folders (.txt, .html, .jsonl,
 * RSS/Atom feeds, WARC and WARC.gz),
 * extracts them and stores them in the ledger. Idempotent and resumable: a report already stored
 * with the same text is skipped. Per-file problems (a missing path, an unreadable folder, a FIFO,
 * a broken record) are reported, recorded in the ledger and counted, and never stop the run.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = "Extract reports from files and folders (.txt, .html, .jsonl, .rss/.atom/.xml"
        + " feeds, .warc/.warc.gz) into the ledger.")
public final class IngestCommand implements Callable<Integer>, IngestService.Listener {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Report files, JSON Lines files and folders (read recursively).")
  List<Path> paths;

  @Mixin LedgerOptions ledgerOptions;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "5000000",
      description = "Skip a report (or JSONL line) larger than N bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  private final Map<Stored, Integer> counts = new EnumMap<>(Stored.class);
  private final Map<String, Integer> languages = new java.util.TreeMap<>();
  private int problems;
  private int done;
  private Progress progress;
  private IncidentGrouping.Result resolution;

  @Override
  public Integer call() {
    if (maxBytes <= 0) {
      throw new UserError("--max-bytes must be positive");
    }
    ReportPaths.Listing listing = ReportPaths.list(paths);
    List<Path> files = listing.files();
    ReadOptions options = ReadOptions.defaults().withMaxBytes(maxBytes);
    Extractor extractor = extractorOptions.load(spec);
    progress = new Progress(spec.commandLine().getErr(), System.console() != null, files.size());
    try (Ledger ledger = Ledger.open(ledgerOptions.config())) {
      IngestService service =
          new IngestService(() -> extractor, ledger,
          IncidentGrouping.of(extractor.vocabulary(), extractor.registry()));
      for (ReadResult.Problem p : listing.problems()) {
        service.problem(p.input(), p.reason(), this);
      }
      for (Path file : files) {
        service.ingestFile(file, FileNames.of(file), options, this);
        progress.file();
      }
      progress.finish();
      resolution = service.regroupIfStale().orElse(null);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("ingested %d reports into %s: %d new, %d revised, %d unchanged, %d duplicates,"
            + " %d near-copies, %d not in English (kept, not extracted); %d problems%n", done,
        ledgerOptions.shown(), counts.getOrDefault(Stored.NEW, 0),
        counts.getOrDefault(Stored.REVISED, 0), counts.getOrDefault(Stored.UNCHANGED, 0),
        counts.getOrDefault(Stored.DUPLICATE, 0), counts.getOrDefault(Stored.NEAR_COPY, 0),
        counts.getOrDefault(Stored.NOT_ENGLISH, 0), problems);
    if (!languages.isEmpty()) {
      out.println(notEnglish(languages));
    }
    if (resolution != null) {
      out.printf("grouped %d reports into %d incidents%n", resolution.reports(),
          resolution.incidents());
    }
    out.flush();
    return problems == 0 ? ExitCodes.OK
        : done == 0 ? ExitCodes.FAILED : ExitCodes.SOME_INPUTS_FAILED;
  }

  /**
   * The line counting the reports not in English by language, most first: "3 reports not in
   * English (de 2, fr 1): stored, not read".
   */
  static String notEnglish(Map<String, Integer> languages) {
    int all = languages.values().stream().mapToInt(Integer::intValue).sum();
    return all + (all == 1 ? " report" : " reports") + " not in English ("
        + String.join(", ", languages.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .map(e -> e.getKey() + " " + e.getValue()).toList())
        + "): stored, not read";
  }

  @Override
  public void notEnglish(String id, String language) {
    languages.merge(language, 1, Integer::sum);
  }

  @Override
  public void stored(String source, String id, Stored s) {
    counts.merge(s, 1, Integer::sum);
    done++;
    progress.report();
  }

  @Override
  public void problem(String where, String reason) {
    problems++;
    progress.finish();
    PrintWriter err = spec.commandLine().getErr();
    err.println(where + ": " + reason);
    err.flush();
  }
}
