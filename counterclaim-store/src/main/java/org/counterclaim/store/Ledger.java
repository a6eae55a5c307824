package org.counterclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.report.TextHashes;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.clean.EnglishText;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.quote.Quote;
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
public final class Ledger implements AutoCloseable {

  /** Shingle containment from which a report is a near-copy of another. */
  static final double NEAR_COPY = 0.8;

  /** Flyway reports every step at INFO through java.util.logging; a command prints its own. */
  private static final java.util.logging.Logger FLYWAY_LOG =
      java.util.logging.Logger.getLogger("org.flywaydb");

  private final Connection db;
  private final Dialect dialect;
  private final Transactions tx;
  private final ObjectWriter json = Json.mapper().writer();

  private Ledger(Connection db, Dialect dialect) {
    this.db = db;
    this.dialect = dialect;
    this.tx = new Transactions(db, dialect);
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
          + firstLine(e).replace(String.valueOf(config.password()), "***"), e);
    }
  }

  /**
   * Stores one report read from {@code source}: new, unchanged (same key, same text), revised
   * (same key, new text: its rows are replaced) or a duplicate of a report with the same text
   * under another key (recorded, but its claims not repeated).
   */
  public Stored store(String source, ReportExtraction e) {
    Objects.requireNonNull(e, "extraction");
    String hash = TextHashes.sha256(e.text());
    int[] signature = MinHash.signature(e.text());
    return tx.write(e.id() + ": cannot store", () -> {
      String existing = replaceStale(e.id(), hash);
      if (hash.equals(existing)) {
        return Stored.UNCHANGED;
      }
      String original = existing == null ? firstWithHash(hash, e.id()) : null;
      String copyOf = original == null ? nearCopyOf(e.id(), e.text(), signature) : null;
      insertReport(source, e, hash, original, copyOf, signature);
      if (original == null) {
        insertClaims(e.id(), e.claims());
        insertQuotes(e.id(), e.quotes());
        insertPlaces(e.id(), e.places());
        insertBands(e.id(), signature);
        Incidents.markStale(db);
      }
      return existing != null ? Stored.REVISED : original != null ? Stored.DUPLICATE
          : copyOf != null ? Stored.NEAR_COPY : Stored.NEW;
    });
  }

  /**
   * Stores one report read from {@code source}: extracted with {@code extractor} when it is in
   * English, else kept with its text, unextracted ({@link #storeNotEnglish}).
   */
  public Stored store(String source, Report report, Extractor extractor) {
    return EnglishText.isEnglish(report.text())
        ? store(source, extractor.extract(report))
        : storeNotEnglish(source, report);
  }

  /**
   * Records a report that is not in English: kept with its text and counted, not extracted.
   * Stored again with the same text, it is unchanged.
   */
  public Stored storeNotEnglish(String source, Report report) {
    Objects.requireNonNull(report, "report");
    String hash = TextHashes.sha256(report.text());
    return tx.write(report.id() + ": cannot store", () -> {
      String existing = replaceStale(report.id(), hash);
      if (hash.equals(existing)) {
        return Stored.UNCHANGED;
      }
      try (PreparedStatement st = db.prepareStatement("INSERT INTO reports (report_key,"
          + " content_hash, source, published, publisher, text, ingested_at, language)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, 'other')")) {
        st.setString(1, report.id());
        st.setString(2, hash);
        st.setString(3, source);
        st.setString(4, report.published() == null ? null : report.published().toString());
        st.setString(5, report.publisher());
        st.setString(6, report.text());
        st.setString(7, Instant.now().toString());
        st.executeUpdate();
      }
      return Stored.NOT_ENGLISH;
    });
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

  /** A report found by full-text search, with the words around the match ([…] marks it). */
  public record Hit(String reportKey, String excerpt) {}

  /**
   * Reports whose text has every word of {@code words}, best matches first, at most {@code limit}.
   */
  public List<Hit> search(String words, int limit) {
    List<String> terms = new ArrayList<>();
    for (String w : words.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        terms.add(w);
      }
    }
    if (terms.isEmpty()) {
      return List.of();
    }
    String sql = dialect == Dialect.SQLITE
        ? "SELECT report_key, snippet(reports_fts, 1, '[', ']', '…', 16) FROM reports_fts"
            + " WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?"
        : "SELECT report_key, ts_headline('english', text, q, 'StartSel=[, StopSel=],"
            + " MaxWords=24, MinWords=8') FROM reports, plainto_tsquery('english', ?) q"
            + " WHERE search @@ q ORDER BY ts_rank(search, q) DESC LIMIT ?";
    String query = dialect == Dialect.SQLITE
        ? String.join(" ", terms.stream().map(t -> "\"" + t + "\"").toList())
        : String.join(" ", terms);
    return tx.read("cannot search for '" + words + "'", () -> {
      List<Hit> hits = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql)) {
        st.setString(1, query);
        st.setInt(2, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            hits.add(new Hit(rs.getString(1), rs.getString(2).replaceAll("\\s+", " ")));
          }
        }
      }
      return hits;
    });
  }

  /** The claims {@code filter} selects, by publication date and report, then text order. */
  public List<StoredClaim> claims(QueryFilter filter) {
    return claims(filter, 0, Integer.MAX_VALUE);
  }

  /** The claims {@code filter} selects, in that order, from the {@code offset}th, at most {@code limit}. */
  public List<StoredClaim> claims(QueryFilter filter, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT c.report_key, r.published, r.publisher,"
        + " c.outcome, c.victims, c.low, c.high, c.qualifier, c.claimant, c.claimant_type,"
        + " c.relayed_by, r.text, c.evidence_start, c.evidence_end, c.scope FROM claims c"
        + " JOIN reports r"
        + " ON r.report_key = c.report_key WHERE r.duplicate_of IS NULL");
    List<Object> args = where(filter, sql, "c", List.of("c.claimant"));
    sql.append(" ORDER BY r.published, c.report_key, c.idx LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    List<StoredClaim> out = new ArrayList<>();
    java.util.Map<String, String> placesByReport = new java.util.HashMap<>();
    query(sql.toString(), args, rs -> {
      String key = rs.getString(1);
      String text = rs.getString(12);
      long high = rs.getLong(7);
      Long highOrNull = rs.wasNull() ? null : high;
      String places = placesByReport.get(key);
      if (places == null) {
        places = eventPlaces(key);
        placesByReport.put(key, places);
      }
      out.add(new StoredClaim(key, rs.getString(2), rs.getString(3), rs.getString(4),
          rs.getString(5), rs.getLong(6), highOrNull, rs.getString(8), rs.getString(15),
          rs.getString(9),
          rs.getString(10), rs.getString(11), places,
          text.substring(rs.getInt(13), rs.getInt(14))));
    });
    return out;
  }

  /** The names of a report's event places, once each, in text order, joined by "; ". */
  private String eventPlaces(String key) throws SQLException {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    try (PreparedStatement st = db.prepareStatement("SELECT COALESCE(name, mention) FROM places"
        + " WHERE report_key = ? AND event = 1 ORDER BY idx")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return String.join("; ", names);
  }

  /** The quotes and statements {@code filter} selects (its actor matches the speaker). */
  public List<StoredQuote> quotes(QueryFilter filter) {
    return quotes(filter, 0, Integer.MAX_VALUE);
  }

  /** The quotes {@code filter} selects, from the {@code offset}th, at most {@code limit}. */
  public List<StoredQuote> quotes(QueryFilter filter, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT q.report_key, r.published, r.publisher,"
        + " q.speaker_name, q.speaker_role, q.speaker_actor, q.speaker_type, q.direct,"
        + " q.quote_text FROM quotes q JOIN reports r ON r.report_key = q.report_key"
        + " WHERE r.duplicate_of IS NULL");
    List<Object> args = where(filter, sql, "q",
        List.of("q.speaker_name", "q.speaker_role", "q.speaker_actor"));
    sql.append(" ORDER BY r.published, q.report_key, q.idx LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    List<StoredQuote> out = new ArrayList<>();
    query(sql.toString(), args, rs -> out.add(new StoredQuote(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getInt(8) == 1, rs.getString(9))));
    return out;
  }

  /** Appends the filter's conditions on reports {@code r} and rows {@code t}; the arguments. */
  private static List<Object> where(QueryFilter filter, StringBuilder sql, String t,
      List<String> actorColumns) {
    List<Object> args = new ArrayList<>();
    if (filter.since() != null) {
      sql.append(" AND r.published >= ?");
      args.add(filter.since().toString());
    }
    if (filter.until() != null) {
      sql.append(" AND r.published <= ?");
      args.add(filter.until().toString());
    }
    if (filter.country() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM places p WHERE p.report_key = ").append(t)
          .append(".report_key AND p.event = 1 AND UPPER(p.country) = UPPER(?))");
      args.add(filter.country());
    }
    if (filter.place() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM places p WHERE p.report_key = ").append(t)
          .append(".report_key AND p.event = 1 AND (LOWER(p.name) = LOWER(?)"
              + " OR LOWER(p.mention) = LOWER(?) OR LOWER(p.admin1) = LOWER(?)"
              + " OR LOWER(p.admin2) = LOWER(?)))");
      for (int i = 0; i < 4; i++) {
        args.add(filter.place());
      }
    }
    if (filter.actor() != null) {
      List<String> likes = new ArrayList<>();
      for (String column : actorColumns) {
        likes.add("LOWER(" + column + ") LIKE LOWER(?)");
        args.add("%" + filter.actor() + "%");
      }
      sql.append(" AND (").append(String.join(" OR ", likes)).append(")");
    }
    return args;
  }

  /** What reads one row of a result. */
  @FunctionalInterface
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  private void query(String sql, List<Object> args, RowReader reader) {
    tx.read("cannot query the ledger", () -> {
      try (PreparedStatement st = db.prepareStatement(sql)) {
        for (int i = 0; i < args.size(); i++) {
          st.setObject(i + 1, args.get(i));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
      return null;
    });
  }

  /** The stored report with this key (its JSONL id, file path or URL), if any. */
  public java.util.Optional<StoredReport> report(String key) {
    List<StoredReport> found = new ArrayList<>();
    query("SELECT report_key, publisher, published, source, language, text FROM reports"
        + " WHERE report_key = ?", List.of(key), rs -> found.add(new StoredReport(rs.getString(1),
            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6))));
    return found.stream().findFirst();
  }

  /**
   * Every claimant and every armed group held responsible for an incident, with how many claims
   * each made and in how many incidents it appears; most claims first, at most {@code limit};
   * only those whose name contains {@code words} when that is not null.
   */
  public List<ActorCount> actors(String words, int limit) {
    String like = words == null ? "%" : "%" + words + "%";
    List<ActorCount> out = new ArrayList<>();
    query("SELECT c.claimant, MIN(c.claimant_type), COUNT(*), COUNT(DISTINCT ir.incident_id)"
        + " FROM claims c JOIN reports r ON r.report_key = c.report_key"
        + " LEFT JOIN incident_reports ir ON ir.report_key = c.report_key"
        + " WHERE c.claimant IS NOT NULL AND r.duplicate_of IS NULL"
        + " AND LOWER(c.claimant) LIKE LOWER(?) GROUP BY c.claimant"
        + " ORDER BY COUNT(*) DESC, c.claimant LIMIT ?", List.of(like, limit),
        rs -> out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getLong(3),
            rs.getLong(4))));
    java.util.Set<String> named = new java.util.HashSet<>();
    out.forEach(a -> named.add(a.name()));
    java.util.Map<String, Long> groups = new java.util.TreeMap<>();
    query("SELECT armed_groups FROM incidents WHERE parent_id IS NULL AND armed_groups <> ''",
        List.of(), rs -> {
          for (String g : rs.getString(1).split("; ")) {
            groups.merge(g, 1L, Long::sum);
          }
        });
    groups.forEach((g, n) -> {
      if (!named.contains(g) && g.toLowerCase(java.util.Locale.ROOT)
          .contains(words == null ? "" : words.toLowerCase(java.util.Locale.ROOT))
          && out.size() < limit) {
        out.add(new ActorCount(g, "armed_group", 0, n));
      }
    });
    return out;
  }

  /** Quotes and statements whose words or speaker contain {@code words}, at most {@code limit}. */
  public List<StoredQuote> searchQuotes(String words, int limit) {
    List<StoredQuote> out = new ArrayList<>();
    String like = "%" + words + "%";
    query("SELECT q.report_key, r.published, r.publisher, q.speaker_name, q.speaker_role,"
        + " q.speaker_actor, q.speaker_type, q.direct, q.quote_text FROM quotes q JOIN reports r"
        + " ON r.report_key = q.report_key WHERE r.duplicate_of IS NULL AND (LOWER(q.quote_text)"
        + " LIKE LOWER(?) OR LOWER(q.speaker_name) LIKE LOWER(?)) ORDER BY r.published DESC,"
        + " q.report_key, q.idx LIMIT ?", List.of(like, like, limit),
        rs -> out.add(new StoredQuote(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getInt(8) == 1, rs.getString(9))));
    return out;
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
      throw new LedgerException("cannot close the ledger: " + firstLine(ex), ex);
    }
  }

  /**
   * The text hash stored for {@code key} (null when none); when it is not {@code hash}, the
   * report's old rows are deleted so that the new text can take their place.
   */
  private String replaceStale(String key, String hash) throws SQLException {
    String existing = hashOf(key);
    if (existing != null && !existing.equals(hash)) {
      deleteRows(key);
    }
    return existing;
  }

  private String hashOf(String key) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("SELECT content_hash FROM reports WHERE report_key = ?")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private String firstWithHash(String hash, String key) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("SELECT report_key FROM reports WHERE"
        + " content_hash = ? AND report_key <> ? AND duplicate_of IS NULL")) {
      st.setString(1, hash);
      st.setString(2, key);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /**
   * The report this text nearly repeats: among reports sharing a signature band, the one whose
   * shingles it shares most, from {@value #NEAR_COPY} of the shorter text's, or rather the report
   * that one itself copies.
   */
  private String nearCopyOf(String key, String text, int[] signature) throws SQLException {
    List<String> bands = MinHash.bands(signature);
    String marks = String.join(", ", java.util.Collections.nCopies(bands.size(), "?"));
    String best = null;
    double bestSimilarity = NEAR_COPY;
    try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT r.report_key, r.text,"
        + " r.copy_of FROM report_bands b JOIN reports r ON r.report_key = b.report_key"
        + " WHERE b.band IN (" + marks + ") AND r.report_key <> ?")) {
      for (int i = 0; i < bands.size(); i++) {
        st.setString(i + 1, bands.get(i));
      }
      st.setString(bands.size() + 1, key);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          // bands only find candidates; their shingles decide (a 64-hash estimate of a short
          // report's similarity is too rough, and a new headline and footer weigh too much in
          // a short report's Jaccard similarity)
          double s = MinHash.containment(text, rs.getString(2));
          if (s >= bestSimilarity) {
            bestSimilarity = s;
            best = rs.getString(3) != null ? rs.getString(3) : rs.getString(1);
          }
        }
      }
    }
    return best;
  }

  private void insertBands(String key, int[] signature) throws SQLException {
    try (PreparedStatement st =
        db.prepareStatement("INSERT INTO report_bands (band, report_key) VALUES (?, ?)")) {
      for (String band : MinHash.bands(signature)) {
        st.setString(1, band);
        st.setString(2, key);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void deleteRows(String key) throws SQLException {
    for (String table : List.of("claims", "quotes", "places", "report_bands", "reports")) {
      try (PreparedStatement st =
          db.prepareStatement("DELETE FROM " + table + " WHERE report_key = ?")) {
        st.setString(1, key);
        st.executeUpdate();
      }
    }
  }

  private void insertReport(String source, ReportExtraction e, String hash, String original,
      String copyOf, int[] signature) throws SQLException, JsonProcessingException {
    try (PreparedStatement st = db.prepareStatement("INSERT INTO reports (report_key,"
        + " content_hash, duplicate_of, source, published, publisher, text, extraction,"
        + " ingested_at, copy_of, minhash, language, event_date) VALUES (?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, 'en', ?)")) {
      st.setString(12, e.eventDate() == null ? null : e.eventDate().date());
      st.setString(10, copyOf);
      st.setString(11, MinHash.encode(signature));
      st.setString(1, e.id());
      st.setString(2, hash);
      st.setString(3, original);
      st.setString(4, source);
      st.setString(5, e.published() == null ? null : e.published().toString());
      st.setString(6, e.publisher());
      st.setString(7, e.text());
      st.setString(8, original == null ? json.writeValueAsString(e) : null);
      st.setString(9, Instant.now().toString());
      st.executeUpdate();
    }
  }

  private void insertClaims(String key, List<CasualtyClaim> claims) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("INSERT INTO claims (report_key, idx,"
        + " outcome, victims, victim_text, low, high, qualifier, count_text, claimant,"
        + " claimant_type, relayed_by, self_interested, evidence_start, evidence_end, scope)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < claims.size(); i++) {
        CasualtyClaim c = claims.get(i);
        st.setString(1, key);
        st.setInt(2, i);
        st.setString(3, c.outcome().label());
        st.setString(4, c.victims().label());
        st.setString(5, c.victimText());
        st.setLong(6, c.count().low());
        setLong(st, 7, c.count().high() == null ? null : c.count().high().longValue());
        st.setString(8, c.count().qualifier().label());
        st.setString(9, c.count().text());
        st.setString(10, c.claimant() == null ? null : c.claimant().name());
        st.setString(11, c.claimant() == null ? null : c.claimant().type().label());
        st.setString(12, c.relayedBy());
        st.setInt(13, c.selfInterested() ? 1 : 0);
        st.setInt(14, c.evidence().start());
        st.setInt(15, c.evidence().end());
        st.setString(16, c.scope().label());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insertQuotes(String key, List<Quote> quotes) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("INSERT INTO quotes (report_key, idx,"
        + " quote_text, direct, start_offset, end_offset, speaker_name, speaker_role,"
        + " speaker_actor, speaker_type, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < quotes.size(); i++) {
        Quote q = quotes.get(i);
        st.setString(1, key);
        st.setInt(2, i);
        st.setString(3, q.text());
        st.setInt(4, q.direct() ? 1 : 0);
        st.setInt(5, q.start());
        st.setInt(6, q.end());
        st.setString(7, q.speaker() == null ? null : q.speaker().name());
        st.setString(8, q.speaker() == null ? null : q.speaker().role());
        st.setString(9, q.speaker() == null ? null : q.speaker().actor());
        st.setString(10, q.speaker() == null ? null : q.speaker().type().label());
        st.setString(11, q.cue() == null ? null : q.cue().text());
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private void insertPlaces(String key, List<Place> places) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("INSERT INTO places (report_key, idx,"
        + " mention, start_offset, end_offset, name, geoname_id, lat, lon, country, admin1,"
        + " admin2, geo_precision, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        st.setString(1, key);
        st.setInt(2, i);
        st.setString(3, p.mention());
        st.setInt(4, p.start());
        st.setInt(5, p.end());
        st.setString(6, p.name());
        setLong(st, 7, p.geonameId() == null ? null : p.geonameId().longValue());
        setDouble(st, 8, p.lat());
        setDouble(st, 9, p.lon());
        st.setString(10, p.country());
        st.setString(11, p.admin1());
        st.setString(12, p.admin2());
        st.setString(13, p.precision().label());
        st.setInt(14, p.event() ? 1 : 0);
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  private static void setLong(PreparedStatement st, int i, Long v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.BIGINT);
    } else {
      st.setLong(i, v);
    }
  }

  static void setInt(PreparedStatement st, int i, Integer v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.INTEGER);
    } else {
      st.setInt(i, v);
    }
  }

  static void setDouble(PreparedStatement st, int i, Double v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.DOUBLE);
    } else {
      st.setDouble(i, v);
    }
  }

  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
