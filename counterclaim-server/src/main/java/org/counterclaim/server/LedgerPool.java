package org.counterclaim.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.LedgerException;

/**
 * A few open ledgers shared by the server's request threads for their reads: each request
 * borrows one. (A {@link Ledger} is not safe for concurrent use, and every call on it ends its
 * transaction, so a borrowed ledger holds no snapshot that the server's writer, {@link
 * PostedReports}, would have to wait for.)
 */
final class LedgerPool implements AutoCloseable {

  private final BlockingQueue<Ledger> idle;
  private final List<Ledger> all = new ArrayList<>();

  LedgerPool(LedgerConfig config, int size) {
    idle = new ArrayBlockingQueue<>(size);
    try {
      for (int i = 0; i < size; i++) {
        Ledger l = Ledger.open(config);
        all.add(l);
        idle.add(l);
      }
    } catch (LedgerException e) {
      close();
      throw e;
    }
  }

  /** The answer of {@code work}, which only reads, on a borrowed ledger. */
  <T> T read(Function<Ledger, T> work) {
    Ledger l;
    try {
      l = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiError(503, "the server is shutting down");
    }
    try {
      return work.apply(l);
    } finally {
      idle.add(l);
    }
  }

  @Override
  public void close() {
    for (Ledger l : all) {
      try {
        l.close();
      } catch (LedgerException ignored) {
        // closing: nothing more to do with it
      }
    }
  }
}
