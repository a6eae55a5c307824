package org.counterclaim.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;

/**
 * Extracts posted reports for {@code POST /api/extract} without storing them: one thread per
 * processor, and at most {@code maxPending} reports waiting, past which a report is refused with
 * 503 rather than queued without end.
 */
final class Extracting {

  private final Supplier<Extractor> extractor;
  private final ThreadPoolExecutor pool;

  /** Extraction with {@code extractor} (asked for at the first report). */
  Extracting(Supplier<Extractor> extractor, int maxPending) {
    this.extractor = extractor;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(maxPending), r -> {
          Thread t = new Thread(r, "counterclaim-extract-only");
          t.setDaemon(true);
          return t;
        });
  }

  /** The extraction of {@code report}, on the pool; 503 when too many wait. */
  CompletableFuture<ReportExtraction> extract(Report report) {
    try {
      return CompletableFuture.supplyAsync(() -> extractor.get().extract(report), pool);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(ApiError.retry(
          "too many reports are being extracted; send it again in a moment"));
    }
  }

  /** Stops the pool. */
  void close() {
    pool.shutdownNow();
  }
}
