package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.server.export.IncidentExport;
import org.counterclaim.server.export.Notes;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.QueryFilter;
import picocli.CommandLine.Command;

/**
 * {@code counterclaim incidents}: the ledger's incidents, filtered by event date, country, place
 * and actor, as a table, CSV or GeoJSON with the analyst columns of docs/fields.md (a superset
 * of ACLED's and UCDP GED's, the API's downloads alike), or JSON (each incident with its
 * reports, child incidents and claims).
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List the ledger's incidents as a table, CSV or GeoJSON (ACLED- and"
        + " UCDP-like columns), or JSON.")
public final class IncidentsCommand extends QueryCommand<Incident> {

  @Override
  List<Incident> rows(Ledger ledger, QueryFilter filter) {
    return ledger.incidents().list(filter, 0, Integer.MAX_VALUE);
  }

  @Override
  void csv(PrintWriter out, List<Incident> incidents) {
    IncidentExport.create().csv(out, incidents);
  }

  @Override
  void table(PrintWriter out, List<Incident> incidents) {
    out.printf("%-8s %-10s %-26s %-18s %-3s %6s %7s  %s%n", "id", "date", "place", "deaths",
        "", "claims", "sources", "armed groups");
    for (Incident i : incidents) {
      out.printf("%-8s %-10s %-26s %-18s %-3s %6d %7d  %s%n", i.id(), Rows.cell(i.eventDate(), 10),
          Rows.cell(i.place() == null ? null : i.place().name()
              + (i.children().isEmpty() ? "" : " (" + i.children().size() + " sites)"), 26),
          Rows.cell(Notes.range(i.deaths()), 18), i.contested() ? "!" : "", i.claims(), i.sources(),
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
    IncidentExport.create().geojson(out, incidents);
  }
}
