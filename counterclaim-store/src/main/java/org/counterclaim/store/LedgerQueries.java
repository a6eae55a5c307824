package org.counterclaim.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.casualty.ClaimScope;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * The ledger's read side for reports, claims, quotes and actors: full-text search and filtered,
 * paged lists, each read in a transaction of its own.
 */
final class LedgerQueries {

  private final Connection db;
  private final Dialect dialect;
  private final Transactions tx;

  LedgerQueries(Connection db, Dialect dialect, Transactions tx) {
    this.db = db;
    this.dialect = dialect;
    this.tx = tx;
  }

  /**
   * Reports whose text has every word of {@code words}, best matches first, at most {@code limit}.
   */
  List<Ledger.Hit> search(String words, int limit) {
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
        ? "SELECT reports_fts.report_key, snippet(reports_fts, 1, '[', ']', '…', 16),"
            + " r.language FROM reports_fts JOIN reports r"
            + " ON r.report_key = reports_fts.report_key"
            + " WHERE reports_fts MATCH ? ORDER BY rank LIMIT ?"
        : "SELECT report_key, ts_headline('english', text, q, 'StartSel=[, StopSel=],"
            + " MaxWords=24, MinWords=8'), language FROM reports,"
            + " plainto_tsquery('english', ?) q"
            + " WHERE search @@ q ORDER BY ts_rank(search, q) DESC LIMIT ?";
    String query = dialect == Dialect.SQLITE
        ? String.join(" ", terms.stream().map(t -> "\"" + t + "\"").toList())
        : String.join(" ", terms);
    return tx.read("cannot search for '" + words + "'", () -> {
      List<Ledger.Hit> hits = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql)) {
        st.setString(1, query);
        st.setInt(2, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            hits.add(new Ledger.Hit(rs.getString(1), rs.getString(2).replaceAll("\\s+", " "),
                rs.getString(3)));
          }
        }
      }
      return hits;
    });
  }

  /** The claims {@code filter} selects, by publication and report, then text order; a page. */
  List<StoredClaim> claims(QueryFilter filter, int offset, int limit) {
    StringBuilder sql = new StringBuilder("SELECT c.report_key, r.published, r.publisher,"
        + " c.outcome, c.victims, c.low, c.high, c.qualifier, c.claimant, c.claimant_type,"
        + " c.relayed_by, r.text, c.evidence_start, c.evidence_end, c.scope, ir.incident_id"
        + " FROM claims c JOIN reports r ON r.report_key = c.report_key"
        + " LEFT JOIN incident_reports ir ON ir.report_key = c.report_key"
        + " WHERE r.duplicate_of IS NULL");
    List<Object> args = where(filter, sql, "c", List.of("c.claimant"));
    args.addAll(ClaimConditions.append(filter, "c", sql));
    sql.append(" ORDER BY r.published, c.report_key, c.idx LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    List<StoredClaim> out = new ArrayList<>();
    Map<String, List<String>> placesByReport = new HashMap<>();
    query(sql.toString(), args, rs -> {
      String key = rs.getString(1);
      String text = rs.getString(12);
      long high = rs.getLong(7);
      Long highOrNull = rs.wasNull() ? null : high;
      List<String> places = placesByReport.get(key);
      if (places == null) {
        places = eventPlaces(key);
        placesByReport.put(key, places);
      }
      out.add(new StoredClaim(rs.getString(16), key, Labels.date(rs.getString(2)), rs.getString(3),
          Labels.of(Outcome.class, rs.getString(4)),
          Labels.of(VictimCategory.class, rs.getString(5)), rs.getLong(6), highOrNull,
          Labels.of(Qualifier.class, rs.getString(8)), Labels.of(ClaimScope.class,
          rs.getString(15)), rs.getString(9), Labels.of(ClaimantType.class, rs.getString(10)),
          rs.getString(11), places, text.substring(rs.getInt(13), rs.getInt(14))));
    });
    return out;
  }

  /** The names of a report's event places, once each, in text order. */
  private List<String> eventPlaces(String key) throws SQLException {
    LinkedHashSet<String> names = new LinkedHashSet<>();
    try (PreparedStatement st = db.prepareStatement("SELECT COALESCE(name, mention) FROM places"
        + " WHERE report_key = ? AND event = 1 ORDER BY idx")) {
      st.setString(1, key);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return List.copyOf(names);
  }

  /** The quotes {@code filter} selects (its actor matches the speaker); a page. */
  List<StoredQuote> quotes(QueryFilter filter, int offset, int limit) {
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
    query(sql.toString(), args, rs -> out.add(quote(rs)));
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

  /** The quote of a row of report_key, published, publisher and the quote's columns. */
  private static StoredQuote quote(ResultSet rs) throws SQLException {
    return new StoredQuote(rs.getString(1), Labels.date(rs.getString(2)), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6),
        Labels.of(ClaimantType.class, rs.getString(7)), rs.getInt(8) == 1, rs.getString(9));
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
  Optional<StoredReport> report(String key) {
    List<StoredReport> found = new ArrayList<>();
    query("SELECT report_key, publisher, published, source, language, text FROM reports"
        + " WHERE report_key = ?", List.of(key), rs -> found.add(new StoredReport(rs.getString(1),
            rs.getString(2), Labels.date(rs.getString(3)), rs.getString(4), rs.getString(5),
            rs.getString(6))));
    return found.stream().findFirst();
  }

  /**
   * Every claimant and every armed group held responsible for an incident, with how many claims
   * each made and in how many incidents it appears; most claims first, at most {@code limit};
   * only those whose name contains {@code words} when that is not null.
   */
  List<ActorCount> actors(String words, int limit) {
    String like = words == null ? "%" : "%" + words + "%";
    List<ActorCount> out = new ArrayList<>();
    query("SELECT c.claimant, MIN(c.claimant_type), COUNT(*), COUNT(DISTINCT ir.incident_id)"
        + " FROM claims c JOIN reports r ON r.report_key = c.report_key"
        + " LEFT JOIN incident_reports ir ON ir.report_key = c.report_key"
        + " WHERE c.claimant IS NOT NULL AND r.duplicate_of IS NULL"
        + " AND LOWER(c.claimant) LIKE LOWER(?) GROUP BY c.claimant"
        + " ORDER BY COUNT(*) DESC, c.claimant LIMIT ?", List.of(like, limit),
        rs -> out.add(new ActorCount(rs.getString(1),
            Labels.of(ClaimantType.class, rs.getString(2)), rs.getLong(3), rs.getLong(4))));
    Set<String> named = new HashSet<>();
    out.forEach(a -> named.add(a.name()));
    Map<String, Long> groups = new TreeMap<>();
    query("SELECT armed_groups FROM incidents WHERE parent_id IS NULL AND armed_groups <> ''",
        List.of(), rs -> {
          for (String g : rs.getString(1).split("; ")) {
            groups.merge(g, 1L, Long::sum);
          }
        });
    groups.forEach((g, n) -> {
      if (!named.contains(g) && g.toLowerCase(Locale.ROOT)
          .contains(words == null ? "" : words.toLowerCase(Locale.ROOT))
          && out.size() < limit) {
        out.add(new ActorCount(g, ClaimantType.ARMED_GROUP, 0, n));
      }
    });
    return out;
  }

  /** Quotes and statements whose words or speaker contain {@code words}, at most {@code limit}. */
  List<StoredQuote> searchQuotes(String words, int limit) {
    List<StoredQuote> out = new ArrayList<>();
    String like = "%" + words + "%";
    query("SELECT q.report_key, r.published, r.publisher, q.speaker_name, q.speaker_role,"
        + " q.speaker_actor, q.speaker_type, q.direct, q.quote_text FROM quotes q JOIN reports r"
        + " ON r.report_key = q.report_key WHERE r.duplicate_of IS NULL AND (LOWER(q.quote_text)"
        + " LIKE LOWER(?) OR LOWER(q.speaker_name) LIKE LOWER(?)) ORDER BY r.published DESC,"
        + " q.report_key, q.idx LIMIT ?", List.of(like, like, limit),
        rs -> out.add(quote(rs)));
    return out;
  }
}
