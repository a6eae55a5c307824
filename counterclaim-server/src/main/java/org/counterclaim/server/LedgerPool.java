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
 * A few open ledgers shared by the server's request threads: each request borrows one for its
 * reads; writes take their turn one at a time. (A {@link Ledger} is not safe for concurrent use;
 * SQLite in write-ahead-log mode and PostgreSQL both let readers go on while one writes.)
 */
final class LedgerPool implements AutoCloseable {

  private final BlockingQueue<Ledger> idle;
  private final List<Ledger> all = new ArrayList<>();
  private final Object writer = new Object();

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

  /** The answer of {@code work} on a borrowed ledger. */
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

  /** The answer of {@code work}, which writes, on a borrowed ledger, one writer at a time. */
  <T> T write(Function<Ledger, T> work) {
    synchronized (writer) {
      return read(work);
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
