package org.counterclaim.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.reconcile.Incident;

/**
 * The read side of the ledger's incidents: pages of incidents and their summaries for the map
 * and the list, the timeline, one incident by id, each read in a transaction of its own.
 */
final class IncidentQueries {

  private final Connection db;
  private final Transactions tx;
  private final ObjectMapper json = Json.mapper();

  IncidentQueries(Connection db, Transactions tx) {
    this.db = db;
    this.tx = tx;
  }

  /**
   * The top-level incidents {@code filter} selects, by event date then id, from the {@code
   * offset}th, at most {@code limit}.
   */
  List<Incident> list(QueryFilter filter, int offset, int limit) {
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
    if (filter.outcome() != null || filter.victims() != null || filter.claimant() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM incident_reports ir JOIN claims c"
          + " ON c.report_key = ir.report_key WHERE ir.incident_id = i.incident_id");
      args.addAll(ClaimConditions.append(filter, "c", sql));
      sql.append(")");
    }
    if (filter.contested() != null) {
      sql.append(" AND i.contested = ?");
      args.add(filter.contested() ? 1 : 0);
    }
    if (filter.minDeaths() != null) {
      sql.append(" AND i.deaths_best >= ?");
      args.add(filter.minDeaths());
    }
    if (filter.updatedSince() != null) {
      sql.append(" AND i.updated_at >= ?");
      args.add(Incidents.stamp(filter.updatedSince()));
    }
    return args;
  }

  /**
   * A page of the top-level incidents {@code filter} (and {@code box}, when given) selects, in
   * {@code order}, after the key {@code after} (null for the first page; a key a page gave as
   * its next in the same order), at most {@code limit}; with how many there are in all.
   *
   * @throws IllegalArgumentException when {@code after} is not a key of {@code order}
   */
  IncidentSummary.Page summaries(QueryFilter filter, IncidentSummary.Box box,
      IncidentOrder order, String after, int limit) {
    if (after != null && !order.isKey(after)) {
      throw new IllegalArgumentException("not a key of the " + order.label() + " order: "
          + after);
    }
    int offset = order == IncidentOrder.DATE || after == null ? 0 : Integer.parseInt(after);
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
    String counted = "SELECT COUNT(*) FROM incidents i" + sql.substring(sql.indexOf(" WHERE"));
    List<Object> countArgs = List.copyOf(args);
    if (after != null && order == IncidentOrder.DATE) {
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
    sql.append(" ORDER BY ").append(order.sql()).append(" LIMIT ? OFFSET ?");
    args.add(limit + 1);
    args.add(offset);
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
        next = order == IncidentOrder.DATE ? keys.get(limit - 1)
            : String.valueOf(offset + limit);
      }
      return new IncidentSummary.Page(withSites(items), next, count(counted, countArgs));
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
    return new IncidentSummary(rs.getString(1), Labels.date(rs.getString(2)), rs.getString(3),
        place,
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
      out.add(of == null ? i : new IncidentSummary(i.id(), i.eventDate(), i.dateFrom(), i.place(), of,
          i.armedGroups(), i.victims(), i.deaths(), i.contested(), i.claims(), i.sources(),
          i.reports()));
    }
    return out;
  }

  /** Per event date, the top-level incidents {@code filter} selects (undated ones left out). */
  List<IncidentSummary.Day> timeline(QueryFilter filter) {
    StringBuilder sql = new StringBuilder("SELECT i.event_date, COUNT(*),"
        + " SUM(i.deaths_best), SUM(i.contested) FROM incidents i"
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
            int deaths = rs.getInt(3);
            Integer deathsOrNull = rs.wasNull() ? null : deaths;
            days.add(new IncidentSummary.Day(Labels.date(rs.getString(1)), rs.getInt(2),
                deathsOrNull, rs.getInt(4)));
          }
        }
      }
      return days;
    });
  }

  /** The incident (top-level or a site of one) with this id. */
  Optional<Incident> find(String id) {
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

  private long count(String sql, List<Object> args) throws SQLException {
    try (PreparedStatement st = db.prepareStatement(sql)) {
      for (int k = 0; k < args.size(); k++) {
        st.setObject(k + 1, args.get(k));
      }
      try (ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** How many top-level incidents the ledger holds. */
  long count() {
    return tx.read("cannot count incidents", () -> {
      try (PreparedStatement st = db.prepareStatement(
          "SELECT COUNT(*) FROM incidents WHERE parent_id IS NULL");
          ResultSet rs = st.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }
}
