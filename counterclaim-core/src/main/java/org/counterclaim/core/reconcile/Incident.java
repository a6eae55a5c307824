package org.counterclaim.core.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentReport;

/**
 * One incident of the ledger: when it happened ({@code eventDate}, and whether that date was read
 * from the reports' text or is only the first publication date: {@code dateFrom}), where ({@code
 * place}, the most precise place that covers all its {@code sites}), the armed groups held
 * responsible, the victim groups, the reconciled deaths and whether they are contested, how many
 * claims and independent sources it has, its reports, its child incidents (one per site of an
 * operation across several towns, each with the claims about that site), its figures per victim
 * group and outcome, and the links that joined its reports. {@code parent} is null for a
 * top-level incident.
 */
@JsonPropertyOrder({"id", "parent", "eventDate", "dateFrom", "place", "sites", "armedGroups",
    "victims", "deaths", "contested", "claims", "sources", "reports", "children", "figures",
    "links"})
public record Incident(
    String id,
    @JsonInclude(JsonInclude.Include.NON_NULL) String parent,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate eventDate,
    String dateFrom,
    @JsonInclude(JsonInclude.Include.ALWAYS) EventPlace place,
    List<EventPlace> sites,
    List<String> armedGroups,
    List<String> victims,
    @JsonInclude(JsonInclude.Include.ALWAYS) Reconciled deaths,
    boolean contested,
    int claims,
    int sources,
    List<IncidentReport> reports,
    List<Incident> children,
    List<Figures> figures,
    List<IncidentClusterer.Link> links) {

  public Incident {
    sites = List.copyOf(sites);
    armedGroups = List.copyOf(armedGroups);
    victims = List.copyOf(victims);
    reports = List.copyOf(reports);
    children = List.copyOf(children);
    figures = List.copyOf(figures);
    links = List.copyOf(links);
  }
}
