package org.counterclaim.core.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.reconcile.Reconciled;

/**
 * Everything read out of one report: its claims, their reconciled totals per outcome, and the
 * actors it names. {@code text} is the text all offsets point into. {@code quotes} and {@code
 * places} are reserved for the quote and place extractors and are empty until those exist.
 */
@JsonPropertyOrder({"id", "published", "publisher", "claims", "totals", "quotes", "places",
    "actors", "text"})
public record ReportExtraction(
    String id,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate published,
    @JsonInclude(JsonInclude.Include.ALWAYS) String publisher,
    List<CasualtyClaim> claims,
    Map<Outcome, Reconciled> totals,
    List<Object> quotes,
    List<Object> places,
    List<MentionedActor> actors,
    String text) {

  public ReportExtraction {
    claims = List.copyOf(claims);
    totals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(totals));
    quotes = List.copyOf(quotes);
    places = List.copyOf(places);
    actors = List.copyOf(actors);
  }
}
