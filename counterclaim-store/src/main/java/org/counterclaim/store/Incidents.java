package org.counterclaim.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.resolve.Corrections;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.reconcile.IncidentAssembler;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentRules;
import org.counterclaim.core.resolve.ReportProfile;

/**
 * The ledger's incidents: rebuilt from all stored reports by {@link #resolve}, listed, read one
 * at a time, and corrected by an analyst ({@link #merge}, {@link #split}). An incident keeps its
 * id as long as it keeps most of its reports; ids are never reused.
 */
public final class Incidents {

  private final Connection db;
  private final Transactions tx;
  private final ObjectMapper json = Json.mapper();

  Incidents(Connection db, Transactions tx) {
    this.db = db;
    this.tx = tx;
  }

  /** What a rebuild found: how many reports it grouped into how many incidents. */
  public record Resolution(int reports, int incidents) {}

  /** Regroups every stored report into incidents by {@code rules} and the analyst's corrections. */
  public Resolution resolve(IncidentRules rules) {
    return tx.write("cannot group reports into incidents", () -> {
      Map<String, ReportExtraction> extractions = new TreeMap<>();
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
      List<ReportProfile> profiles = new ArrayList<>();
      extractions.forEach((k, e) -> profiles.add(ReportProfile.of(e, reprintOf.get(k))));
      List<IncidentClusterer.ReportGroup> groups =
          new IncidentClusterer(rules).cluster(profiles, corrections());
      List<String> ids = ids(groups);
      try (PreparedStatement st = db.prepareStatement("DELETE FROM incident_reports")) {
        st.executeUpdate();
      }
      try (PreparedStatement st = db.prepareStatement("DELETE FROM incidents")) {
        st.executeUpdate();
      }
      for (int g = 0; g < groups.size(); g++) {
        Incident incident =
            IncidentAssembler.assemble(ids.get(g), groups.get(g), extractions::get, reprintOf);
        insert(incident);
        for (Incident child : incident.children()) {
          insert(child);
        }
        try (PreparedStatement st = db.prepareStatement(
            "INSERT INTO incident_reports (incident_id, report_key) VALUES (?, ?)")) {
          for (String key : groups.get(g).reports()) {
            st.setString(1, incident.id());
            st.setString(2, key);
            st.addBatch();
          }
          st.executeBatch();
        }
      }
      set(db, "stale", 0);
      return new Resolution(profiles.size(), groups.size());
    });
  }

  /**
   * An id for each group: the old id of the incident that shared most reports with it (each old
   * id at most once, largest overlaps first), else a new one.
   */
  private List<String> ids(List<IncidentClusterer.ReportGroup> groups) throws SQLException {
    Map<String, String> oldIncidentOf = new HashMap<>();
    try (PreparedStatement st = db.prepareStatement(
        "SELECT report_key, incident_id FROM incident_reports");
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        oldIncidentOf.put(rs.getString(1), rs.getString(2));
      }
    }
    record Overlap(int group, String id, int shared) {}
    List<Overlap> overlaps = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Map<String, Integer> count = new TreeMap<>();
      for (String key : groups.get(g).reports()) {
        String old = oldIncidentOf.get(key);
        if (old != null) {
          count.merge(old, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : count.entrySet()) {
        overlaps.add(new Overlap(g, e.getKey(), e.getValue()));
      }
    }
    overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.shared())
        .thenComparing(o -> number(o.id())).thenComparingInt(Overlap::group));
    String[] ids = new String[groups.size()];
    Set<String> taken = new java.util.HashSet<>();
    for (Overlap o : overlaps) {
      if (ids[o.group()] == null && taken.add(o.id())) {
        ids[o.group()] = o.id();
      }
    }
    long next = counter();
    for (int g = 0; g < ids.length; g++) {
      if (ids[g] == null) {
        ids[g] = "I" + (++next);
      }
    }
    setCounter(next);
    return List.of(ids);
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Long.MAX_VALUE;
    }
  }

  private long counter() throws SQLException {
    try (PreparedStatement st = db.prepareStatement(
        "SELECT value FROM counters WHERE name = 'incident'");
        ResultSet rs = st.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private void setCounter(long value) throws SQLException {
    set(db, "incident", value);
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

  private void insert(Incident i) throws SQLException, JsonProcessingException {
    try (PreparedStatement st = db.prepareStatement("INSERT INTO incidents (incident_id,"
        + " parent_id, event_date, date_from, location, country, admin1, admin2, lat, lon,"
        + " geo_precision, deaths_low, deaths_best, deaths_high, contested, claims, sources,"
        + " reports, armed_groups, victims, body, sort_key)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      st.setString(1, i.id());
      st.setString(2, i.parent());
      st.setString(3, i.eventDate());
      st.setString(4, i.dateFrom());
      var p = i.place();
      st.setString(5, p == null ? null : p.name());
      st.setString(6, p == null ? null : p.country());
      st.setString(7, p == null ? null : p.admin1());
      st.setString(8, p == null ? null : p.admin2());
      Ledger.setDouble(st, 9, p == null ? null : p.lat());
      Ledger.setDouble(st, 10, p == null ? null : p.lon());
      st.setString(11, p == null ? null : p.precision().label());
      Reconciled d = i.deaths();
      Ledger.setInt(st, 12, d == null ? null : d.low());
      Ledger.setInt(st, 13, d == null ? null : d.best());
      Ledger.setInt(st, 14, d == null ? null : d.high());
      st.setInt(15, i.contested() ? 1 : 0);
      st.setInt(16, i.claims());
      st.setInt(17, i.sources());
      st.setInt(18, i.reports().size());
      st.setString(19, String.join("; ", i.armedGroups()));
      st.setString(20, String.join("; ", i.victims()));
      st.setString(21, json.writeValueAsString(i));
      st.setString(22, sortKey(i.eventDate(), i.id()));
      st.executeUpdate();
    }
  }

  /**
   * The top-level incidents {@code filter} selects, by event date then id, from the {@code
   * offset}th, at most {@code limit}.
   */
  public List<Incident> list(QueryFilter filter, int offset, int limit) {
    StringBuilder sql = new StringBuilder(
        "SELECT i.body FROM incidents i WHERE i.parent_id IS NULL");
    List<Object> args = where(filter, sql);
    sql.append(" ORDER BY i.event_date, i.incident_id LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    return tx.read("cannot list incidents", () -> {
      List<Incident> out = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql.toString())) {
        for (int k = 0; k < args.size(); k++) {
          st.setObject(k + 1, args.get(k));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(json.readValue(rs.getString(1), Incident.class));
          }
        }
      }
      return out;
    });
  }

  /** Appends the filter's conditions on incidents {@code i}; the arguments. */
  private static List<Object> where(QueryFilter filter, StringBuilder sql) {
    List<Object> args = new ArrayList<>();
    if (filter.since() != null) {
      sql.append(" AND i.event_date >= ?");
      args.add(filter.since().toString());
    }
    if (filter.until() != null) {
      sql.append(" AND i.event_date <= ?");
      args.add(filter.until().toString());
    }
    if (filter.country() != null) {
      sql.append(" AND UPPER(i.country) = UPPER(?)");
      args.add(filter.country());
    }
    if (filter.place() != null) {
      sql.append(" AND (LOWER(i.location) = LOWER(?) OR LOWER(i.admin1) = LOWER(?)"
          + " OR LOWER(i.admin2) = LOWER(?) OR EXISTS (SELECT 1 FROM incidents c"
          + " WHERE c.parent_id = i.incident_id AND LOWER(c.location) = LOWER(?)))");
      for (int k = 0; k < 4; k++) {
        args.add(filter.place());
      }
    }
    if (filter.actor() != null) {
      sql.append(" AND (LOWER(i.armed_groups) LIKE LOWER(?) OR EXISTS (SELECT 1 FROM"
          + " incident_reports ir JOIN claims c ON c.report_key = ir.report_key"
          + " WHERE ir.incident_id = i.incident_id AND LOWER(c.claimant) LIKE LOWER(?)))");
      args.add("%" + filter.actor() + "%");
      args.add("%" + filter.actor() + "%");
    }
    return args;
  }

  private static String sortKey(String eventDate, String id) {
    return (eventDate != null ? eventDate : "0000-00-00") + " " + id;
  }

  /**
   * A page of the top-level incidents {@code filter} (and {@code box}, when given) selects,
   * newest event first, after the key {@code after} (null for the first page), at most {@code
   * limit}.
   */
  public IncidentSummary.Page summaries(QueryFilter filter, IncidentSummary.Box box,
      String after, int limit) {
    StringBuilder sql = new StringBuilder("SELECT i.incident_id, i.event_date, i.date_from,"
        + " i.location, i.country, i.admin1, i.admin2, i.lat, i.lon, i.geo_precision,"
        + " i.deaths_low, i.deaths_best, i.deaths_high, i.contested, i.claims, i.sources,"
        + " i.reports, i.armed_groups, i.victims, i.sort_key FROM incidents i"
        + " WHERE i.parent_id IS NULL");
    List<Object> args = where(filter, sql);
    if (box != null) {
      sql.append(" AND i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?");
      args.addAll(List.of(box.minLat(), box.maxLat(), box.minLon(), box.maxLon()));
    }
    if (after != null) {
      sql.append(" AND i.sort_key < ?");
      args.add(after);
    }
    // the same date range on the sort key, so that the index is read only within it
    if (filter.since() != null) {
      sql.append(" AND i.sort_key >= ?");
      args.add(filter.since().toString());
    }
    if (filter.until() != null) {
      sql.append(" AND i.sort_key < ?");
      args.add(filter.until().plusDays(1).toString());
    }
    sql.append(" ORDER BY i.sort_key DESC LIMIT ?");
    args.add(limit + 1);
    return tx.read("cannot list incidents", () -> {
      List<IncidentSummary> items = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql.toString())) {
        for (int k = 0; k < args.size(); k++) {
          st.setObject(k + 1, args.get(k));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            items.add(summary(rs));
            keys.add(rs.getString(20));
          }
        }
      }
      String next = null;
      if (items.size() > limit) {
        items = new ArrayList<>(items.subList(0, limit));
        next = keys.get(limit - 1);
      }
      return new IncidentSummary.Page(withSites(items), next);
    });
  }

  private static IncidentSummary summary(ResultSet rs) throws SQLException {
    Double lat = rs.getDouble(8);
    lat = rs.wasNull() ? null : lat;
    Double lon = rs.getDouble(9);
    lon = rs.wasNull() ? null : lon;
    IncidentSummary.Place place = rs.getString(4) == null && lat == null ? null
        : new IncidentSummary.Place(rs.getString(4), rs.getString(5), rs.getString(6),
            rs.getString(7), lat, lon, rs.getString(10));
    int low = rs.getInt(11);
    boolean noDeaths = rs.wasNull();
    int best = rs.getInt(12);
    int high = rs.getInt(13);
    Integer highOrNull = rs.wasNull() ? null : high;
    return new IncidentSummary(rs.getString(1), rs.getString(2), rs.getString(3), place,
        List.of(), names(rs.getString(18)), names(rs.getString(19)),
        noDeaths ? null : new Reconciled(low, best, highOrNull), rs.getInt(14) == 1,
        rs.getInt(15), rs.getInt(16), rs.getInt(17));
  }

  private static List<String> names(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split("; "));
  }

  /** The summaries with the sites of those that have some. */
  private List<IncidentSummary> withSites(List<IncidentSummary> items) throws SQLException {
    if (items.isEmpty()) {
      return items;
    }
    Map<String, List<IncidentSummary.Site>> sites = new HashMap<>();
    String marks = String.join(", ", java.util.Collections.nCopies(items.size(), "?"));
    try (PreparedStatement st = db.prepareStatement("SELECT parent_id, incident_id, location,"
        + " lat, lon FROM incidents WHERE parent_id IN (" + marks + ") ORDER BY incident_id")) {
      for (int k = 0; k < items.size(); k++) {
        st.setString(k + 1, items.get(k).id());
      }
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          double lat = rs.getDouble(4);
          Double latOrNull = rs.wasNull() ? null : lat;
          double lon = rs.getDouble(5);
          Double lonOrNull = rs.wasNull() ? null : lon;
          sites.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(
              new IncidentSummary.Site(rs.getString(2), rs.getString(3), latOrNull, lonOrNull));
        }
      }
    }
    List<IncidentSummary> out = new ArrayList<>(items.size());
    for (IncidentSummary i : items) {
      List<IncidentSummary.Site> of = sites.get(i.id());
      out.add(of == null ? i : new IncidentSummary(i.id(), i.date(), i.dateFrom(), i.place(), of,
          i.armedGroups(), i.victims(), i.deaths(), i.contested(), i.claims(), i.sources(),
          i.reports()));
    }
    return out;
  }

  /** Per event date, the top-level incidents {@code filter} selects (undated ones left out). */
  public List<IncidentSummary.Day> timeline(QueryFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT i.event_date, COUNT(*),"
        + " COALESCE(SUM(i.deaths_best), 0), SUM(i.contested) FROM incidents i"
        + " WHERE i.parent_id IS NULL AND i.event_date IS NOT NULL");
    List<Object> args = where(filter, sql);
    sql.append(" GROUP BY i.event_date ORDER BY i.event_date");
    return tx.read("cannot count incidents by day", () -> {
      List<IncidentSummary.Day> days = new ArrayList<>();
      try (PreparedStatement st = db.prepareStatement(sql.toString())) {
        for (int k = 0; k < args.size(); k++) {
          st.setObject(k + 1, args.get(k));
        }
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            days.add(new IncidentSummary.Day(rs.getString(1), rs.getInt(2), rs.getInt(3),
                rs.getInt(4)));
          }
        }
      }
      return days;
    });
  }

  /** The incident (top-level or a site of one) with this id. */
  public Optional<Incident> find(String id) {
    return tx.read("cannot read incident " + id, () -> {
      try (PreparedStatement st = db.prepareStatement(
          "SELECT body FROM incidents WHERE incident_id = ?")) {
        st.setString(1, id);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next()
              ? Optional.of(json.readValue(rs.getString(1), Incident.class)) : Optional.empty();
        }
      }
    });
  }

  /** How many top-level incidents the ledger holds. */
  public long count() {
    return tx.read("cannot count incidents", () -> {
      try (PreparedStatement st = db.prepareStatement(
          "SELECT COUNT(*) FROM incidents WHERE parent_id IS NULL");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /**
   * Records that incidents {@code a} and {@code b} are one (by their reports, so the correction
   * outlives their ids) and regroups the reports; answers the id of the joined incident.
   *
   * @throws LedgerException naming an id the ledger does not have
   */
  public String merge(String a, String b, IncidentRules rules) {
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
    resolve(rules);
    return incidentOf(first.get(0));
  }

  /**
   * Records that {@code reports} of incident {@code id} are an incident of their own, apart from
   * the others, and regroups the reports; answers the id of the new incident.
   *
   * @throws LedgerException naming an id or report that does not fit
   */
  public String split(String id, List<String> reports, IncidentRules rules) {
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
    resolve(rules);
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
