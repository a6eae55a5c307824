package org.counterclaim.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.ReportStore;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.report.Report;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The ledger's store: reports with their claims, quotes and places, in SQLite or PostgreSQL. The
 * schema is created and upgraded with Flyway when the ledger opens. Each report is stored in a
 * transaction of its own, so a run that stops midway loses nothing it had stored and a rerun
 * skips what is already there; a write that another writer (another ledger on the same database,
 * another process) got in the way of is run again ({@link Transactions}). Every call ends its
 * transaction, so an open ledger holds no read snapshot between calls. Not safe for concurrent
 * use: open one per thread.
 */
public final class Ledger implements ReportStore, AutoCloseable {

  /** Flyway reports every step at INFO through java.util.logging; a command prints its own. */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private final Connection db;
  private final Dialect dialect;
  private final Transactions tx;
  private final ReportWriter writer;
  private final LedgerQueries queries;

  private Ledger(Connection db, Dialect dialect) {
    this.db = db;
    this.dialect = dialect;
    this.tx = new Transactions(db, dialect);
    this.writer = new ReportWriter(db, tx);
    this.queries = new LedgerQueries(db, dialect, tx);
  }

  /**
   * Opens (creating or upgrading) the ledger {@code config} names.
   *
   * @throws LedgerException with a one-line reason when it cannot be opened
   */
  public static Ledger open(LedgerConfig config) {
    FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
    try {
      Flyway.configure().dataSource(config.url(), config.user(), config.password())
          .locations("classpath:db/migration/common",
              config.dialect().migrations())
          .load().migrate();
      Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
      if (config.isSqlite()) {
        // a commit per report: the write-ahead log keeps that cheap and every finished report
        // survives the program stopping
        try (java.sql.Statement st = c.createStatement()) {
          st.execute("PRAGMA journal_mode=WAL");
          st.execute("PRAGMA synchronous=NORMAL");
          // another process writing: wait for its lock rather than fail at once
          st.execute("PRAGMA busy_timeout=" + Transactions.BUSY_TIMEOUT);
        }
      }
      c.setAutoCommit(false);
      return new Ledger(c, config.dialect());
    } catch (FlywayException | SQLException e) {
      throw new LedgerException(config.redactedUrl() + ": cannot open the ledger: "
          + Sql.firstLine(e).replace(String.valueOf(config.password()), "***"), e);
    }
  }


  /** The longest source or reason of a problem kept, in characters (an index holds both). */
  static final int PROBLEM_TEXT = 400;

  /**
   * Records a problem with an input for later inspection, once: the same problem seen again by a
   * later run is not recorded twice. Each takes the same time however many are recorded (a
   * unique index finds the same one). A source or reason longer than {@value #PROBLEM_TEXT}
   * characters is cut there.
   */
  public void problem(String source, String reason) {
    String where = clip(source);
    String why = clip(reason);
    tx.write(where + ": cannot record a problem", () -> {
      try (PreparedStatement st = db.prepareStatement("INSERT INTO problems (source, reason,"
          + " seen_at) VALUES (?, ?, ?) ON CONFLICT (source, reason) DO NOTHING")) {
        st.setString(1, where);
        st.setString(2, why);
        st.setString(3, Instant.now().toString());
        return st.executeUpdate();
      }
    });
  }

  private static String clip(String s) {
    return s.length() <= PROBLEM_TEXT ? s : s.substring(0, PROBLEM_TEXT - 1) + "…";
  }

  /**
   * Stores one report read from {@code source}: new, unchanged (same key, same text), revised
   * (same key, new text: its rows are replaced), a duplicate of a report with the same text
   * under another key (recorded, but its claims not repeated) or a near-copy of another (stored
   * and linked to it).
   */
  @Override
  public Stored store(String source, ReportExtraction extraction) {
    return writer.store(source, extraction);
  }

  /**
   * Records a report that is not in English, with its language (ISO 639-1, "und" when unknown):
   * kept with its text and counted, not extracted.
   * Stored again with the same text, it is unchanged.
   */
  @Override
  public Stored storeNotEnglish(String source, Report report, String language) {
    return writer.storeNotEnglish(source, report, language);
  }

  @Override
  public boolean incidentsStale() {
    return incidents().stale();
  }

  @Override
  public IncidentGrouping.Result regroup(IncidentGrouping grouping) {
    return incidents().rebuild(grouping);
  }

  /**
   * A report found by full-text search, with the words around the match ([…] marks it) and the
   * report's language (ISO 639-1, "und" when unknown).
   */
  public record Hit(String reportKey, String excerpt, String language) {}

  /**
   * Reports whose text has every word of {@code words}, best matches first, at most {@code limit}.
   */
  public List<Hit> search(String words, int limit) {
    return queries.search(words, limit);
  }

  /** The claims {@code filter} selects, by publication date and report, then text order. */
  public List<StoredClaim> claims(QueryFilter filter) {
    return claims(filter, 0, Integer.MAX_VALUE);
  }

  /** The claims {@code filter} selects, in that order, from the {@code offset}th, at most {@code limit}. */
  public List<StoredClaim> claims(QueryFilter filter, int offset, int limit) {
    return queries.claims(filter, offset, limit);
  }

  /** The quotes and statements {@code filter} selects (its actor matches the speaker). */
  public List<StoredQuote> quotes(QueryFilter filter) {
    return quotes(filter, 0, Integer.MAX_VALUE);
  }

  /** The quotes {@code filter} selects, from the {@code offset}th, at most {@code limit}. */
  public List<StoredQuote> quotes(QueryFilter filter, int offset, int limit) {
    return queries.quotes(filter, offset, limit);
  }

  /** The stored report with this key (its JSONL id, file path or URL), if any. */
  public Optional<StoredReport> report(String key) {
    return queries.report(key);
  }

  /**
   * Every claimant and every armed group held responsible for an incident, with how many claims
   * each made and in how many incidents it appears; most claims first, at most {@code limit};
   * only those whose name contains {@code words} when that is not null.
   */
  public List<ActorCount> actors(String words, int limit) {
    return queries.actors(words, limit);
  }

  /** Quotes and statements whose words or speaker contain {@code words}, at most {@code limit}. */
  public List<StoredQuote> searchQuotes(String words, int limit) {
    return queries.searchQuotes(words, limit);
  }

  /** The bytes the ledger takes on disk, where the database can tell (PostgreSQL), else -1. */
  public long databaseBytes() {
    if (dialect == Dialect.SQLITE) {
      return -1;
    }
    return tx.read("cannot measure the ledger", () -> {
      try (PreparedStatement st =
          db.prepareStatement("SELECT pg_database_size(current_database())");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** How many rows a table holds (reports, claims, quotes, places, problems). */
  public long count(String table) {
    if (!List.of("reports", "claims", "quotes", "places", "problems").contains(table)) {
      throw new IllegalArgumentException("no table " + table);
    }
    return tx.read("cannot count " + table, () -> {
      try (PreparedStatement st = db.prepareStatement("SELECT COUNT(*) FROM " + table);
          ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** The ledger's incidents. */
  public Incidents incidents() {
    return new Incidents(db, tx);
  }

  /** The connection, for queries in the same package's readers and tests. */
  Connection connection() {
    return db;
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException ex) {
      throw new LedgerException("cannot close the ledger: " + Sql.firstLine(ex), ex);
    }
  }
}
