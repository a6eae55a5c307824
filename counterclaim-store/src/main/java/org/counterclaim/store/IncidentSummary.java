package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.counterclaim.core.extract.Reconciled;

/**
 * An incident as a list or a map shows it, read from the incident's columns alone: id, event date
 * and where it came from, place, sites, armed groups, victims, reconciled deaths (null when no
 * deaths were claimed), whether they are contested, and how many claims, sources and reports.
 */
@JsonPropertyOrder({"id", "eventDate", "dateFrom", "place", "sites", "armedGroups", "victims",
    "deaths", "contested", "claims", "sources", "reports"})
public record IncidentSummary(
    String id,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate eventDate,
    String dateFrom,
    @JsonInclude(JsonInclude.Include.ALWAYS) Place place,
    List<Site> sites,
    List<String> armedGroups,
    List<String> victims,
    @JsonInclude(JsonInclude.Include.ALWAYS) Reconciled deaths,
    boolean contested,
    int claims,
    int sources,
    int reports) {

  /** Where an incident happened, as precisely as its reports say. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Place(String name, String country, String admin1, String admin2, Double lat,
      Double lon, String precision) {}

  /** One site of an operation: its child incident's id, town and coordinates. */
  public record Site(String id, String name, Double lat, Double lon) {}

  /** A rectangle of longitudes and latitudes (west, south, east, north). */
  public record Box(double minLon, double minLat, double maxLon, double maxLat) {

    /**
     * True when the point {@code lat}, {@code lon} lies inside or on the edge (as the ledger's
     * query selects); false for a point with no coordinates.
     */
    public boolean contains(Double lat, Double lon) {
      return lat != null && lon != null && lat >= minLat && lat <= maxLat && lon >= minLon
          && lon <= maxLon;
    }
  }

  /**
   * A page of summaries, the key to ask for the next (null on the last page) and how many
   * incidents the filter selects in all.
   */
  public record Page(List<IncidentSummary> items, String next, long total) {}

  /**
   * One day of incidents: how many, their best deaths summed (null when none of them has a toll:
   * no figure, not 0), how many contested.
   */
  public record Day(LocalDate date, int incidents,
      @JsonInclude(JsonInclude.Include.ALWAYS) Integer deaths, int contested) {}
}
