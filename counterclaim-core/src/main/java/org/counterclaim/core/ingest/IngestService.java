package org.counterclaim.core.ingest;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.read.AnyReports;
import org.counterclaim.core.read.JsonlReports;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.core.report.Report;

/**
 * The one way a report enters a store, for every entry point (the ingest and demo commands, the
 * API, the import of a Spark job's output, the benchmarks): read → clean → language → extract →
 * store (deduplicated by the store) → regroup into incidents. Not safe for concurrent use, except
 * that one thread may {@link #process} reports while another stores and regroups them.
 */
public final class IngestService {

  /** Hears what becomes of each report and problem, e.g. to count them or show progress. */
  public interface Listener {

    /** Report {@code id} of {@code source} was stored with outcome {@code stored}. */
    default void stored(String source, String id, Stored stored) {}

    /**
     * Report {@code id}, just stored as {@link Stored#NOT_ENGLISH}, is in {@code language} (an
     * ISO 639-1 code, "und" when unknown).
     */
    default void notEnglish(String id, String language) {}

    /** An input had a problem (already recorded in the store). */
    default void problem(String where, String reason) {}
  }

  private final Supplier<Extractor> extractor;
  private final ReportStore store;
  private final IncidentGrouping grouping;
  private AnyReports reader;

  /**
   * A service storing into {@code store}, extracting with {@code extractor} (asked for on first
   * use, so that a caller that only stores finished extractions never loads the models) and
   * grouping with {@code grouping}.
   */
  public IngestService(Supplier<Extractor> extractor, ReportStore store,
      IncidentGrouping grouping) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.store = Objects.requireNonNull(store, "store");
    this.grouping = Objects.requireNonNull(grouping, "grouping");
  }

  /**
   * A service for reports extracted elsewhere (a Spark job's output, synthetic reports): it
   * stores them into {@code store} and regroups with {@code grouping}, and extracts nothing.
   */
  public static IngestService storing(ReportStore store, IncidentGrouping grouping) {
    return new IngestService(() -> {
      throw new IllegalStateException("this service only stores reports extracted elsewhere");
    }, store, grouping);
  }

  /** {@code report} checked for its language and, when English, extracted; not stored. */
  public Processed process(Report report) {
    return Processed.of(report, extractor.get());
  }

  /** Stores a processed report read from {@code source}. */
  public Stored store(String source, Processed processed) {
    if (processed instanceof Processed.Extracted e) {
      return store.store(source, e.extraction());
    }
    Processed.NotEnglish other = (Processed.NotEnglish) processed;
    return store.storeNotEnglish(source, other.report(), other.language());
  }

  /** Processes and stores one report read from {@code source}. */
  public Stored ingest(String source, Report report) {
    return store(source, process(report));
  }

  /**
   * Reads every report of {@code file} (text, HTML, JSON Lines, feed or WARC, by its name),
   * storing each and recording each problem; the reports named {@code source}.
   */
  public void ingestFile(Path file, String source, ReadOptions options, Listener listener) {
    if (reader == null) {
      // pages are cleaned with the extractor's vocabulary
      reader = new AnyReports(new HtmlCleaner(extractor.get().vocabulary()));
    }
    reader.forEach(file, source, options, r -> take(source, r, listener));
  }

  /** Reads every report of the JSON Lines in {@code lines} as {@link #ingestFile} does. */
  public void ingestLines(BufferedReader lines, String source, ReadOptions options,
      Listener listener) {
    new JsonlReports().forEach(lines, options, r -> take(source, r, listener));
  }

  /** Records a problem with input {@code where} in the store and tells {@code listener}. */
  public void problem(String where, String reason, Listener listener) {
    store.problem(where, reason);
    listener.problem(where, reason);
  }

  /** Rebuilds the store's incidents. */
  public IncidentGrouping.Result regroup() {
    return store.regroup(grouping);
  }

  /** Rebuilds the store's incidents when reports changed since they were last built. */
  public Optional<IncidentGrouping.Result> regroupIfStale() {
    return store.incidentsStale() ? Optional.of(regroup()) : Optional.empty();
  }

  private void take(String source, ReadResult r, Listener listener) {
    if (r instanceof ReadResult.Problem p) {
      problem(p.input().startsWith(source) ? p.input() : source + ": " + p.input(), p.reason(),
          listener);
    } else {
      Report report = ((ReadResult.Ok) r).report();
      Processed processed = process(report);
      Stored stored = store(source, processed);
      if (stored == Stored.NOT_ENGLISH && processed instanceof Processed.NotEnglish n) {
        listener.notEnglish(report.id(), n.language());
      }
      listener.stored(source, report.id(), stored);
    }
  }
}
