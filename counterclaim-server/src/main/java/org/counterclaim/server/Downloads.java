package org.counterclaim.server;

import io.javalin.http.Context;
import java.util.List;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.server.export.ClaimExport;
import org.counterclaim.server.export.IncidentExport;
import org.counterclaim.store.IncidentSummary;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.StoredClaim;

/**
 * The API's downloads: every incident or claim the JSON endpoints' filters select, unpaged, as
 * the command line's {@code --format csv|geojson} writes them ({@link IncidentExport},
 * {@link ClaimExport}).
 */
final class Downloads {

  private final LedgerPool ledgers;
  private final int maxPage;
  private final IncidentExport incidents = IncidentExport.create();

  Downloads(LedgerPool ledgers, int maxPage) {
    this.ledgers = ledgers;
    this.maxPage = maxPage;
  }

  /** {@code GET /api/incidents.csv}: the incidents as CSV. */
  void incidentsCsv(Context ctx) {
    List<Incident> rows = incidents(new Params(ctx, maxPage));
    StringBuilder out = new StringBuilder();
    incidents.csv(out, rows);
    send(ctx, "text/csv; charset=utf-8", "incidents.csv", out);
  }

  /** {@code GET /api/incidents.geojson}: the incidents as a GeoJSON feature collection. */
  void incidentsGeojson(Context ctx) {
    List<Incident> rows = incidents(new Params(ctx, maxPage));
    StringBuilder out = new StringBuilder();
    incidents.geojson(out, rows);
    send(ctx, "application/geo+json; charset=utf-8", "incidents.geojson", out);
  }

  /** {@code GET /api/claims.csv}: the claims as CSV. */
  void claimsCsv(Context ctx) {
    QueryFilter filter = new Params(ctx, maxPage).filter();
    List<StoredClaim> rows = ledgers.read(l -> l.claims(filter));
    StringBuilder out = new StringBuilder();
    ClaimExport.csv(out, rows);
    send(ctx, "text/csv; charset=utf-8", "claims.csv", out);
  }

  /** The incidents {@code GET /api/incidents} would page through: its filter and bbox. */
  private List<Incident> incidents(Params p) {
    QueryFilter filter = p.filter();
    IncidentSummary.Box box = p.box();
    List<Incident> all = ledgers.read(l -> l.incidents().list(filter, 0, Integer.MAX_VALUE));
    return box == null ? all : all.stream()
        .filter(i -> i.place() != null && box.contains(i.place().lat(), i.place().lon()))
        .toList();
  }

  private static void send(Context ctx, String type, String file, CharSequence body) {
    ctx.contentType(type);
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(body.toString());
  }
}
