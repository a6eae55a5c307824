package org.counterclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.ingest.ExtractionRows;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.MinHash;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.report.TextHashes;

/**
 * Writes reports into the ledger's tables, each in a transaction of its own: a new report with
 * its extraction rows, a revised one in place of its old rows, an exact duplicate as a pointer
 * to its first copy, a near-copy linked to the report it reprints.
 */
final class ReportWriter {

  private final Connection db;
  private final Transactions tx;
  private final ObjectWriter json = Json.mapper().writer();

  ReportWriter(Connection db, Transactions tx) {
    this.db = db;
    this.tx = tx;
  }

  /**
   * Stores one report read from {@code source}: new, unchanged (same key, same text), revised
   * (same key, new text: its rows are replaced) or a duplicate of a report with the same text
   * under another key (recorded, but its claims not repeated).
   */
  Stored store(String source, ReportExtraction e) {
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
        insertRows(ExtractionRows.of(e));
        insertBands(e.id(), signature);
        Incidents.markStale(db);
      }
      return existing != null ? Stored.REVISED : original != null ? Stored.DUPLICATE
          : copyOf != null ? Stored.NEAR_COPY : Stored.NEW;
    });
  }

  /**
   * Records a report that is not in English: kept with its text and counted, not extracted.
   * Stored again with the same text, it is unchanged.
   */
  Stored storeNotEnglish(String source, Report report, String language) {
    Objects.requireNonNull(report, "report");
    String hash = TextHashes.sha256(report.text());
    return tx.write(report.id() + ": cannot store", () -> {
      String existing = replaceStale(report.id(), hash);
      if (hash.equals(existing)) {
        return Stored.UNCHANGED;
      }
      try (PreparedStatement st = db.prepareStatement("INSERT INTO reports (report_key,"
          + " content_hash, source, published, publisher, text, ingested_at, language)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        st.setString(1, report.id());
        st.setString(2, hash);
        st.setString(3, source);
        st.setString(4, report.published() == null ? null : report.published().toString());
        st.setString(5, report.publisher());
        st.setString(6, report.text());
        st.setString(7, Instant.now().toString());
        st.setString(8, language);
        st.executeUpdate();
      }
      return Stored.NOT_ENGLISH;
    });
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

  /** The report this text nearly repeats, among the reports sharing a band of its signature. */
  private String nearCopyOf(String key, String text, int[] signature) throws SQLException {
    List<String> bands = MinHash.bands(signature);
    String marks = String.join(", ", java.util.Collections.nCopies(bands.size(), "?"));
    List<MinHash.Candidate> candidates = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT r.report_key, r.text,"
        + " r.copy_of FROM report_bands b JOIN reports r ON r.report_key = b.report_key"
        + " WHERE b.band IN (" + marks + ") AND r.report_key <> ?")) {
      for (int i = 0; i < bands.size(); i++) {
        st.setString(i + 1, bands.get(i));
      }
      st.setString(bands.size() + 1, key);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          candidates.add(new MinHash.Candidate(rs.getString(1), rs.getString(2),
              rs.getString(3)));
        }
      }
    }
    return MinHash.nearCopyOf(text, candidates);
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
      st.setString(12, e.eventDate() == null ? null : e.eventDate().date().toString());
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

  /**
   * The ledger's name of each column of the extraction rows it keeps (the rows' own name when
   * it is not here); columns it does not keep map to null. Tables it does not keep are skipped.
   */
  private static final Map<String, Map<String, String>> COLUMNS = Map.of(
      "claims", renames("evidence", null),
      "quotes", renames("text", "quote_text", "start", "start_offset", "end", "end_offset"),
      "places", renames("start", "start_offset", "end", "end_offset", "precision",
          "geo_precision", "feature_class", null));

  private static Map<String, String> renames(String... pairs) {
    Map<String, String> m = new HashMap<>();
    m.put("report", "report_key");
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Inserts the rows of the tables the ledger keeps, a batch per table. */
  private void insertRows(List<ExtractionRows.Row> rows) throws SQLException {
    Map<String, List<ExtractionRows.Row>> byTable = new LinkedHashMap<>();
    for (ExtractionRows.Row r : rows) {
      if (COLUMNS.containsKey(r.table())) {
        byTable.computeIfAbsent(r.table(), t -> new ArrayList<>()).add(r);
      }
    }
    for (Map.Entry<String, List<ExtractionRows.Row>> t : byTable.entrySet()) {
      Map<String, String> names = COLUMNS.get(t.getKey());
      List<String> kept = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      for (String c : t.getValue().get(0).columns().keySet()) {
        String name = names.containsKey(c) ? names.get(c) : c;
        if (name != null) {
          kept.add(c);
          columns.add(name);
        }
      }
      try (PreparedStatement st = db.prepareStatement("INSERT INTO " + t.getKey() + " ("
          + String.join(", ", columns) + ") VALUES ("
          + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")")) {
        for (ExtractionRows.Row r : t.getValue()) {
          for (int i = 0; i < kept.size(); i++) {
            Sql.set(st, i + 1, r.columns().get(kept.get(i)));
          }
          st.addBatch();
        }
        st.executeBatch();
      }
    }
  }
}
