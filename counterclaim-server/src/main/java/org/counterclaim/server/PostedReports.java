package org.counterclaim.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.ingest.Processed;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.report.Report;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.LedgerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's one write path. Posted reports are extracted one at a time on a thread of their
 * own (an extractor is not safe for concurrent use), then stored in the order they came by one
 * writer on a ledger connection of its own; after each batch of stored reports (those that came
 * while the last batch was written) the incidents are regrouped once. A report's answer completes
 * only once it is committed and grouped; when it cannot be (a full queue, a ledger error that
 * outlasted the ledger's own retries, the server stopping), the answer is an error the caller may
 * retry: sending the same report again stores it once.
 */
final class PostedReports implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PostedReports.class);

  /** The most reports stored between two regroupings. */
  private static final int BATCH = 64;

  /** What became of a posted report: its id, how it was stored, and its incidents. */
  record Result(String id, String stored, List<String> incidents) {}

  /** A report processed (extracted when it is in English) and waiting to be stored. */
  private record Pending(Report report, Processed processed,
      CompletableFuture<Result> answer) {}

  /** Tells the writer that nothing more will come. */
  private static final Pending END = new Pending(null, null, null);

  private final Ledger ledger;
  private final IngestService service;
  private final ThreadPoolExecutor extracting;
  private final BlockingQueue<Pending> toStore = new LinkedBlockingQueue<>();
  private final Thread writer;

  /**
   * A write path to {@code config}'s ledger, extracting with {@code extractor} (asked for at the
   * first report) and grouping with {@code words}; at most {@code maxPending} reports wait to be
   * extracted.
   *
   * @throws LedgerException when the ledger cannot be opened
   */
  PostedReports(LedgerConfig config, Supplier<Extractor> extractor, IntakeWords words,
      int maxPending) {
    this.ledger = Ledger.open(config);
    // the extraction thread only processes, the writer only stores and regroups
    this.service = new IngestService(extractor, ledger,
        IncidentGrouping.of(words.vocabulary(), words.registry()));
    this.extracting = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(maxPending), r -> daemon(r, "counterclaim-extract"));
    this.writer = daemon(this::write, "counterclaim-writer");
    writer.start();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** What becomes of {@code report}: complete once it is stored and its incidents regrouped. */
  CompletableFuture<Result> submit(Report report) {
    CompletableFuture<Result> answer = new CompletableFuture<>();
    try {
      extracting.execute(new Extraction(report, answer));
    } catch (RejectedExecutionException e) {
      answer.completeExceptionally(ApiError.retry(extracting.isShutdown()
          ? "the server is stopping; send the report again once it is back"
          : "too many reports are waiting to be stored; send it again in a moment"));
    }
    return answer;
  }

  /** The extraction of one posted report, then its place in the writer's queue. */
  private final class Extraction implements Runnable {
    private final Report report;
    private final CompletableFuture<Result> answer;

    Extraction(Report report, CompletableFuture<Result> answer) {
      this.report = report;
      this.answer = answer;
    }

    @Override
    public void run() {
      try {
        toStore.add(new Pending(report, service.process(report), answer));
      } catch (RuntimeException e) {
        LOG.error("cannot extract posted report {}", report.id(), e);
        answer.completeExceptionally(new ApiError(500, report.id() + ": cannot extract: "
            + e.getClass().getSimpleName()));
      }
    }
  }

  /** The writer's loop: a batch at a time until told to end. */
  private void write() {
    List<Pending> batch = new ArrayList<>();
    boolean ending = false;
    while (!ending) {
      batch.clear();
      try {
        batch.add(toStore.take());
      } catch (InterruptedException e) {
        failAll(toStore, "the server stopped before the report was stored");
        return;
      }
      toStore.drainTo(batch, BATCH - 1);
      ending = batch.remove(END);
      try {
        store(batch);
      } catch (RuntimeException e) {
        LOG.error("the writer failed on a batch of {} reports", batch.size(), e);
        for (Pending p : batch) {
          p.answer().completeExceptionally(new ApiError(500, p.report().id()
              + ": cannot store: " + e.getClass().getSimpleName()));
        }
      }
    }
  }

  private void store(List<Pending> batch) {
    Map<Pending, Stored> stored = new LinkedHashMap<>();
    for (Pending p : batch) {
      try {
        stored.put(p, service.store("api", p.processed()));
      } catch (LedgerException e) {
        p.answer().completeExceptionally(ApiError.retry(e.getMessage()
            + "; send the report again"));
      }
    }
    if (stored.isEmpty()) {
      return;
    }
    try {
      service.regroupIfStale();
      for (Map.Entry<Pending, Stored> e : stored.entrySet()) {
        String id = e.getKey().report().id();
        String incident = ledger.incidents().incidentOf(id);
        e.getKey().answer().complete(new Result(id,
            e.getValue().name().toLowerCase(Locale.ROOT),
            incident == null ? List.of() : List.of(incident)));
      }
    } catch (LedgerException e) {
      for (Pending p : stored.keySet()) {
        p.answer().completeExceptionally(ApiError.retry(p.report().id() + " is stored, but "
            + e.getMessage() + "; send the report again to see its incidents"));
      }
    }
  }

  private static void failAll(BlockingQueue<Pending> queue, String why) {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    for (Pending p : left) {
      if (p != END) {
        p.answer().completeExceptionally(ApiError.retry(why));
      }
    }
  }

  /**
   * Takes no more reports, stores those already taken (waiting at most a minute for them), and
   * closes the ledger.
   */
  @Override
  public void close() {
    extracting.shutdown();
    try {
      if (!extracting.awaitTermination(60, TimeUnit.SECONDS)) {
        for (Runnable r : extracting.shutdownNow()) {
          ((Extraction) r).answer.completeExceptionally(
              ApiError.retry("the server stopped before the report was stored"));
        }
      }
      toStore.add(END);
      writer.join(TimeUnit.SECONDS.toMillis(60));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      writer.interrupt();
      try {
        writer.join(TimeUnit.SECONDS.toMillis(5));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      failAll(toStore, "the server stopped before the report was stored");
      try {
        ledger.close();
      } catch (LedgerException ignored) {
        // closing: nothing more to do with it
      }
    }
  }
}
