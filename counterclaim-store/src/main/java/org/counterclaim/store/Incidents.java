package org.counterclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.report.TextHashes;
import org.counterclaim.core.resolve.Corrections;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.ingest.IncidentGrouping;

/**
 * The ledger's incidents: rebuilt from all stored reports by {@link #rebuild}, listed, read one
 * at a time, and corrected by an analyst ({@link #merge}, {@link #split}). An incident keeps its
 * id as long as it keeps most of its reports; ids are never reused.
 */
public final class Incidents {

  private final Connection db;
  private final Transactions tx;
  private final ObjectMapper json = Json.mapper();

  private final IncidentQueries queries;

  Incidents(Connection db, Transactions tx) {
    this.db = db;
    this.tx = tx;
    this.queries = new IncidentQueries(db, tx);
  }

  /**
   * Rebuilds the incidents in one transaction: reads every stored report, the analyst's
   * corrections and the old incidents' reports, lets {@code grouping} group them, and stores its
   * incidents instead of the old ones.
   */
  public IncidentGrouping.Result rebuild(IncidentGrouping grouping) {
    return tx.write("cannot group reports into incidents", () -> {
      IncidentGrouping.Output out = grouping.group(input());
      Map<String, Changed> before = changes();
      String now = stamp(Instant.now());
      try (PreparedStatement st = db.prepareStatement("DELETE FROM incident_reports")) {
        st.executeUpdate();
      }
      try (PreparedStatement st = db.prepareStatement("DELETE FROM incidents")) {
        st.executeUpdate();
      }
      for (IncidentGrouping.Group g : out.groups()) {
        insert(g.incident(), before, now);
        for (Incident child : g.incident().children()) {
          insert(child, before, now);
        }
        try (PreparedStatement st = db.prepareStatement(
            "INSERT INTO incident_reports (incident_id, report_key) VALUES (?, ?)")) {
          for (String key : g.reports()) {
            st.setString(1, g.incident().id());
            st.setString(2, key);
            st.addBatch();
          }
          st.executeBatch();
        }
      }
      set(db, "incident", out.counter());
      set(db, "stale", 0);
      return out.result();
    });
  }

  /** What grouping reads: the stored reports, corrections, old incidents and id counter. */
  private IncidentGrouping.Input input() throws SQLException, JsonProcessingException {
    SortedMap<String, ReportExtraction> extractions = new TreeMap<>();
    Map<String, String> reprintOf = new HashMap<>();
    try (PreparedStatement st = db.prepareStatement("SELECT report_key, extraction, copy_of"
        + " FROM reports WHERE duplicate_of IS NULL AND extraction IS NOT NULL");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        extractions.put(rs.getString(1), json.readValue(rs.getString(2),
            ReportExtraction.class));
        if (rs.getString(3) != null) {
          reprintOf.put(rs.getString(1), rs.getString(3));
        }
      }
    }
    Map<String, String> oldIncidentOf = new HashMap<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT report_key, incident_id FROM incident_reports");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        oldIncidentOf.put(rs.getString(1), rs.getString(2));
      }
    }
    long counter;
    try (PreparedStatement st = db.prepareStatement(
        "SELECT value FROM counters WHERE name = 'incident'");
        ResultSet rs = st.executeQuery()) {
      counter = rs.next() ? rs.getLong(1) : 0;
    }
    return new IncidentGrouping.Input(extractions, reprintOf, corrections(), oldIncidentOf,
        counter);
  }

  private static void set(Connection db, String name, long value) throws SQLException {
    try (PreparedStatement del = db.prepareStatement("DELETE FROM counters WHERE name = ?");
        PreparedStatement ins = db.prepareStatement(
            "INSERT INTO counters (name, value) VALUES (?, ?)")) {
      del.setString(1, name);
      del.executeUpdate();
      ins.setString(1, name);
      ins.setLong(2, value);
      ins.executeUpdate();
    }
  }

  /** Notes, in the caller's transaction, that reports changed since incidents were last built. */
  static void markStale(Connection db) throws SQLException {
    set(db, "stale", 1);
  }

  /** Whether reports were stored or changed since the incidents were last built. */
  public boolean stale() {
    return tx.read("cannot read the ledger's state", () -> {
      try (PreparedStatement st = db.prepareStatement(
          "SELECT value FROM counters WHERE name = 'stale'");
          ResultSet rs = st.executeQuery()) {
        return rs.next() && rs.getLong(1) != 0;
      }
    });
  }

  private static String sortKey(LocalDate eventDate, String id) {
    return (eventDate != null ? eventDate.toString() : "0000-00-00") + " " + id;
  }

  private static final java.time.format.DateTimeFormatter STAMP =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  /** An instant as updated_at holds it: fixed width, so that text order is time order. */
  static String stamp(Instant at) {
    return STAMP.format(at);
  }

  /** When an incident last changed, and a hash of its body then. */
  private record Changed(String bodyHash, String at) {}

  /** Per stored incident id, when it last changed and the hash of its body. */
  private Map<String, Changed> changes() throws SQLException {
    Map<String, Changed> out = new HashMap<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT incident_id, body, updated_at FROM incidents");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), new Changed(TextHashes.sha256(rs.getString(2)),
            rs.getString(3)));
      }
    }
    return out;
  }

  /**
   * Stores incident {@code i}; it changed {@code now} unless {@code before} holds it with the
   * same body.
   */
  private void insert(Incident i, Map<String, Changed> before, String now)
      throws SQLException, JsonProcessingException {
    String body = json.writeValueAsString(i);
    Changed was = before.get(i.id());
    String updated = was != null && was.at() != null
        && was.bodyHash().equals(TextHashes.sha256(body)) ? was.at() : now;
    try (PreparedStatement st = db.prepareStatement("INSERT INTO incidents (incident_id,"
        + " parent_id, event_date, date_from, location, country, admin1, admin2, lat, lon,"
        + " geo_precision, deaths_low, deaths_best, deaths_high, contested, claims, sources,"
        + " reports, armed_groups, victims, body, sort_key, updated_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, i.id());
      st.setString(2, i.parent());
      st.setString(3, i.eventDate() == null ? null : i.eventDate().toString());
      st.setString(4, i.dateFrom());
      var p = i.place();
      st.setString(5, p == null ? null : p.name());
      st.setString(6, p == null ? null : p.country());
      st.setString(7, p == null ? null : p.admin1());
      st.setString(8, p == null ? null : p.admin2());
      Sql.set(st, 9, p == null ? null : p.lat());
      Sql.set(st, 10, p == null ? null : p.lon());
      st.setString(11, p == null ? null : p.precision().label());
      Reconciled d = i.deaths();
      Sql.set(st, 12, d == null ? null : d.low());
      Sql.set(st, 13, d == null ? null : d.best());
      Sql.set(st, 14, d == null ? null : d.high());
      st.setInt(15, i.contested() ? 1 : 0);
      st.setInt(16, i.claims());
      st.setInt(17, i.sources());
      st.setInt(18, i.reports().size());
      st.setString(19, String.join("; ", i.armedGroups()));
      st.setString(20, String.join("; ", i.victims()));
      st.setString(21, body);
      st.setString(22, sortKey(i.eventDate(), i.id()));
      st.setString(23, updated);
      st.executeUpdate();
    }
  }


  /** The top-level incidents {@code filter} selects, newest event first; a page. */
  public List<Incident> list(QueryFilter filter, int offset, int limit) {
    return queries.list(filter, offset, limit);
  }

  /**
   * A page of the top-level incidents {@code filter} (and {@code box}, when given) selects,
   * newest event first, after the key {@code after} (null for the first page), at most {@code
   * limit}.
   */
  public IncidentSummary.Page summaries(QueryFilter filter, IncidentSummary.Box box,
      String after, int limit) {
    return summaries(filter, box, IncidentOrder.DATE, after, limit);
  }

  /**
   * A page of the top-level incidents {@code filter} (and {@code box}, when given) selects, in
   * {@code order}, after the key {@code after} (null for the first page, else the page's next
   * key in that order), at most {@code limit}; with how many there are in all.
   *
   * @throws IllegalArgumentException when {@code after} is not a key of {@code order}
   */
  public IncidentSummary.Page summaries(QueryFilter filter, IncidentSummary.Box box,
      IncidentOrder order, String after, int limit) {
    return queries.summaries(filter, box, order, after, limit);
  }

  /** Per event date, the top-level incidents {@code filter} selects (undated ones left out). */
  public List<IncidentSummary.Day> timeline(QueryFilter filter) {
    return queries.timeline(filter);
  }

  /** The incident (top-level or a site of one) with this id. */
  public Optional<Incident> find(String id) {
    return queries.find(id);
  }

  /** How many top-level incidents the ledger holds. */
  public long count() {
    return queries.count();
  }

  /**
   * Records that incidents {@code a} and {@code b} are one (by their reports, so the correction
   * outlives their ids) and regroups the reports; answers the id of the joined incident.
   *
   * @throws LedgerException naming an id the ledger does not have
   */
  public String merge(String a, String b, IncidentGrouping grouping) {
    List<String> first = reportsOf(a);
    List<String> second = reportsOf(b);
    tx.write("cannot merge " + a + " and " + b, () -> {
      for (String x : first) {
        for (String y : second) {
          forget(x, y);
        }
      }
      // every report is tied to one anchor, so the joined incident holds whatever else the
      // reports of either are like (two incidents' reports are rarely alike enough on their own)
      String anchor = first.get(0);
      List<String> all = new ArrayList<>(first.subList(1, first.size()));
      all.addAll(second);
      for (String y : all) {
        forget(anchor, y);
        record(Kind.TOGETHER, anchor, y);
      }
      return null;
    });
    rebuild(grouping);
    return incidentOf(first.get(0));
  }

  /**
   * Records that {@code reports} of incident {@code id} are an incident of their own, apart from
   * the others, and regroups the reports; answers the id of the new incident.
   *
   * @throws LedgerException naming an id or report that does not fit
   */
  public String split(String id, List<String> reports, IncidentGrouping grouping) {
    List<String> members = reportsOf(id);
    Set<String> moved = new LinkedHashSet<>(reports);
    for (String r : moved) {
      if (!members.contains(r)) {
        throw new LedgerException("report " + r + " is not in incident " + id);
      }
    }
    List<String> staying = members.stream().filter(r -> !moved.contains(r)).toList();
    if (staying.isEmpty()) {
      throw new LedgerException("splitting every report off incident " + id + " leaves nothing");
    }
    tx.write("cannot split incident " + id, () -> {
      List<String> out = List.copyOf(moved);
      for (String x : out) {
        for (String y : staying) {
          forget(x, y);
          record(Kind.APART, x, y);
        }
      }
      for (int k = 1; k < out.size(); k++) {
        forget(out.get(0), out.get(k));
        record(Kind.TOGETHER, out.get(0), out.get(k));
      }
      return null;
    });
    rebuild(grouping);
    return incidentOf(moved.iterator().next());
  }

  /** The keys of the reports of top-level incident {@code id}, in order. */
  public List<String> reportsOf(String id) {
    List<String> keys = tx.read("cannot read incident " + id, () -> {
      List<String> found = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(
          "SELECT report_key FROM incident_reports WHERE incident_id = ? ORDER BY report_key")) {
        st.setString(1, id);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            found.add(rs.getString(1));
          }
        }
      }
      return found;
    });
    if (keys.isEmpty()) {
      throw new LedgerException("no incident " + id + " in the ledger");
    }
    return keys;
  }

  /** The id of the top-level incident report {@code report} belongs to, null when none. */
  public String incidentOf(String report) {
    return tx.read("cannot find the incident of " + report, () -> {
      try (PreparedStatement st = db.prepareStatement(
          "SELECT incident_id FROM incident_reports WHERE report_key = ?")) {
        st.setString(1, report);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? rs.getString(1) : null;
        }
      }
    });
  }

  private enum Kind { TOGETHER, APART }

  private void forget(String x, String y) throws SQLException {
    try (PreparedStatement st = db.prepareStatement("DELETE FROM corrections WHERE"
        + " (report_a = ? AND report_b = ?) OR (report_a = ? AND report_b = ?)")) {
      st.setString(1, x);
      st.setString(2, y);
      st.setString(3, y);
      st.setString(4, x);
      st.executeUpdate();
    }
  }

  private void record(Kind kind, String x, String y) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        "INSERT INTO corrections (kind, report_a, report_b, made_at) VALUES (?, ?, ?, ?)")) {
      st.setString(1, kind.name().toLowerCase(java.util.Locale.ROOT));
      st.setString(2, x);
      st.setString(3, y);
      st.setString(4, Instant.now().toString());
      st.executeUpdate();
    }
  }

  private Corrections corrections() throws SQLException {
    List<Corrections.Pair> together = new ArrayList<>();
    List<Corrections.Pair> apart = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT kind, report_a, report_b FROM corrections ORDER BY made_at");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        Corrections.Pair p = new Corrections.Pair(rs.getString(2), rs.getString(3));
        (rs.getString(1).equals("apart") ? apart : together).add(p);
      }
    }
    return new Corrections(together, apart);
  }
}
