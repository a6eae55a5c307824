package org.counterclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.sqlite.SQLiteException;

/**
 * The ledger's transactions on one connection: each unit of work runs in a transaction of its
 * own that ends (commit, or rollback on failure) before the work returns, so that no connection
 * keeps a read snapshot between calls. A write that another writer got in the way of — SQLite's
 * busy, locked and stale-snapshot errors, PostgreSQL's serialization failures and deadlocks — is
 * rolled back and run again in a fresh transaction, a few times with growing pauses, before it
 * fails. On PostgreSQL every write transaction first takes the ledger's writer lock (a
 * transaction-level advisory lock), so writers from several processes take turns instead of
 * colliding; on SQLite a write transaction opens with a write, which takes the database's one
 * writer lock before the work reads anything.
 */
final class Transactions {

  /** Runs of a unit of work before its last failure is reported. */
  static final int ATTEMPTS = 10;

  /** The first pause between runs, in milliseconds; each pause doubles, up to {@link #MAX_PAUSE}. */
  static final long FIRST_PAUSE = 10;

  /** The longest pause between runs, in milliseconds. */
  static final long MAX_PAUSE = 1_000;

  /** How long SQLite waits for another connection's lock before it answers busy, in ms. */
  static final int BUSY_TIMEOUT = 10_000;

  /** The advisory lock key of a ledger's writers on PostgreSQL ("cclaim" in ASCII). */
  private static final long WRITER_LOCK = 0x63636c61696dL;

  /** A unit of work on the connection; it does not commit. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException, JsonProcessingException;
  }

  private final Connection db;
  private final Dialect dialect;

  Transactions(Connection db, Dialect dialect) {
    this.db = db;
    this.dialect = dialect;
  }

  /**
   * The answer of {@code work}, which only reads, in a transaction of its own.
   *
   * @throws LedgerException "{@code what}: reason" when it fails
   */
  <T> T read(String what, Work<T> work) {
    return run(what, false, work);
  }

  /**
   * The answer of {@code work}, which writes, committed in a transaction of its own; run again
   * when another writer got in the way.
   *
   * @throws LedgerException "{@code what}: reason" when it fails, or still fails after {@link
   *     #ATTEMPTS} runs
   */
  <T> T write(String what, Work<T> work) {
    return run(what, true, work);
  }

  private <T> T run(String what, boolean writes, Work<T> work) {
    long pause = FIRST_PAUSE;
    for (int attempt = 1; ; attempt++) {
      try {
        if (writes && dialect == Dialect.POSTGRESQL) {
          try (PreparedStatement st = db.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            st.setLong(1, WRITER_LOCK);
            st.execute();
          }
        } else if (writes) {
          // a write first takes SQLite's one writer lock (waiting for it up to the busy
          // timeout), so that what the work reads cannot go stale before it writes
          try (PreparedStatement st = db.prepareStatement(
              "UPDATE counters SET value = value WHERE name = 'writer'")) {
            st.executeUpdate();
          }
        }
        T answer = work.run();
        db.commit();
        return answer;
      } catch (SQLException e) {
        rollback(db);
        if (attempt >= ATTEMPTS || !retryable(e)) {
          throw new LedgerException(what + ": " + Sql.firstLine(e), e);
        }
      } catch (JsonProcessingException e) {
        rollback(db);
        throw new LedgerException(what + ": " + Sql.firstLine(e), e);
      } catch (RuntimeException e) {
        rollback(db);
        throw e;
      }
      pause(pause);
      pause = Math.min(MAX_PAUSE, pause * 2);
    }
  }

  /**
   * Whether {@code e} says another connection got in the way, so that the same work in a fresh
   * transaction can succeed: SQLite busy or locked (of any extended kind: a stale snapshot,
   * recovery, a timeout), PostgreSQL serialization failure, deadlock or lock not available.
   */
  static boolean retryable(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException s) {
        int primary = s.getResultCode().code & 0xff;
        if (primary == 5 || primary == 6) {
          return true;
        }
      }
      if (t instanceof SQLException s) {
        String state = s.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state) || "55P03".equals(state)) {
          return true;
        }
        // a batch failure carries only the message of what stopped it
        String m = String.valueOf(s.getMessage()).toUpperCase(Locale.ROOT);
        if (m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED")
            || m.contains("DATABASE IS LOCKED")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException("interrupted while waiting to write to the ledger", e);
    }
  }

  /** Rolls back {@code db}'s transaction, if the connection still can. */
  static void rollback(Connection db) {
    try {
      db.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the caller reports the first failure
    }
  }
}
