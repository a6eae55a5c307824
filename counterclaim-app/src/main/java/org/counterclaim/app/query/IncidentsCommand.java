package org.counterclaim.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.reconcile.ClaimLine;
import org.counterclaim.core.reconcile.Figures;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.resolve.IncidentReport;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.QueryFilter;
import picocli.CommandLine.Command;

/**
 * {@code counterclaim incidents}: the ledger's incidents, filtered by event date, country, place
 * and actor, as a table, CSV with ACLED-like columns, JSON (each incident with its reports,
 * child incidents and claims) or GeoJSON.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List the ledger's incidents as a table, CSV (ACLED-like columns), JSON or"
        + " GeoJSON.")
public final class IncidentsCommand extends QueryCommand<Incident> {

  @Override
  List<Incident> rows(Ledger ledger, QueryFilter filter) {
    return ledger.incidents().list(filter, 0, Integer.MAX_VALUE);
  }

  @Override
  List<String> columns() {
    return List.of("incident_id", "event_date", "country", "admin1", "admin2", "location",
        "latitude", "longitude", "geo_precision", "actor1", "actor2", "fatalities_low",
        "fatalities_best", "fatalities_high", "contested", "claims", "sources", "reports",
        "notes");
  }

  @Override
  List<String> cells(Incident i) {
    EventPlace p = i.place();
    Reconciled d = i.deaths();
    return Arrays.asList(i.id(), Rows.text(i.eventDate()), p == null ? null : p.country(),
        p == null ? null : p.admin1(), p == null ? null : p.admin2(),
        p == null ? null : p.name(), p == null || p.lat() == null ? null : String.valueOf(p.lat()),
        p == null || p.lon() == null ? null : String.valueOf(p.lon()),
        p == null ? null : String.valueOf(geoPrecision(p)), String.join("; ", i.armedGroups()),
        String.join("; ", i.victims()), d == null ? "0" : String.valueOf(d.low()),
        d == null ? "0" : String.valueOf(d.best()),
        d == null ? "0" : d.high() == null ? null : String.valueOf(d.high()),
        String.valueOf(i.contested()), String.valueOf(i.claims()), String.valueOf(i.sources()),
        String.join("; ", i.reports().stream().map(IncidentReport::id).toList()), notes(i));
  }

  /**
   * ACLED's geo_precision: 1 a town, 2 a district, 3 a province or larger, or a place the
   * gazetteer does not know (which has no point to give).
   */
  static int geoPrecision(EventPlace p) {
    return switch (p.precision()) {
      case TOWN -> 1;
      case DISTRICT -> 2;
      case PROVINCE, COUNTRY, REGION, UNRESOLVED -> 3;
    };
  }

  /** The current figures behind each reconciled figure, for people reading the CSV. */
  static String notes(Incident i) {
    List<String> notes = new ArrayList<>();
    for (Figures f : i.figures()) {
      List<String> by = new ArrayList<>();
      for (ClaimLine c : f.claims()) {
        if (c.status() == ClaimLine.Status.CURRENT) {
          String who = c.claimant() != null ? c.claimant()
              : c.publisher() != null ? c.publisher() : "the report";
          by.add(who + " " + c.countText());
        }
      }
      notes.add(f.victims().label().replace('_', ' ') + " " + f.outcome().label() + " "
          + range(f.reconciled()) + (f.contested() ? " (contested)" : "")
          + (by.isEmpty() ? "" : ": " + String.join(", ", by)));
    }
    return String.join("; ", notes);
  }

  static String range(Reconciled r) {
    if (r == null) {
      return "-";
    }
    String high = r.high() == null ? "+" : r.high() == r.low() ? "" : "-" + r.high();
    return r.low() + high + (r.best() != r.low() || r.high() == null ? " (best " + r.best() + ")"
        : "");
  }

  @Override
  void table(PrintWriter out, List<Incident> incidents) {
    out.printf("%-8s %-10s %-26s %-18s %-3s %6s %7s  %s%n", "id", "date", "place", "deaths",
        "", "claims", "sources", "armed groups");
    for (Incident i : incidents) {
      out.printf("%-8s %-10s %-26s %-18s %-3s %6d %7d  %s%n", i.id(), Rows.cell(i.eventDate(), 10),
          Rows.cell(i.place() == null ? null : i.place().name()
              + (i.children().isEmpty() ? "" : " (" + i.children().size() + " sites)"), 26),
          Rows.cell(range(i.deaths()), 18), i.contested() ? "!" : "", i.claims(), i.sources(),
          String.join("; ", i.armedGroups()));
    }
    out.printf("%d incidents (! = contested figures)%n", incidents.size());
  }

  @Override
  boolean mappable() {
    return true;
  }

  @Override
  void geojson(PrintWriter out, List<Incident> incidents) {
    ObjectMapper json = Json.mapper();
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Incident i : incidents) {
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", i.id());
      EventPlace p = i.place();
      if (p == null || p.lat() == null) {
        f.putNull("geometry");
      } else {
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(p.lon()).add(p.lat());
      }
      ObjectNode props = f.putObject("properties");
      props.put("id", i.id());
      props.put("event_date", Rows.text(i.eventDate()));
      props.put("date_from", i.dateFrom());
      props.put("location", p == null ? null : p.name());
      props.put("country", p == null ? null : p.country());
      props.put("admin1", p == null ? null : p.admin1());
      props.put("admin2", p == null ? null : p.admin2());
      props.put("precision", p == null ? null : p.precision().label());
      props.put("armed_groups", String.join("; ", i.armedGroups()));
      props.put("victims", String.join("; ", i.victims()));
      Reconciled d = i.deaths();
      props.put("deaths_low", d == null ? 0 : d.low());
      props.put("deaths_best", d == null ? 0 : d.best());
      if (d != null && d.high() == null) {
        props.putNull("deaths_high");
      } else {
        props.put("deaths_high", d == null ? 0 : d.high());
      }
      props.put("contested", i.contested());
      props.put("claims", i.claims());
      props.put("sources", i.sources());
      props.put("sites", String.join("; ", i.sites().stream().map(EventPlace::name).toList()));
      props.put("reports", String.join("; ", i.reports().stream().map(IncidentReport::id).toList()));
      props.put("notes", notes(i));
    }
    try {
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(collection));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
