package org.counterclaim.core.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.quote.Quote;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;

/**
 * Everything read out of one report: when its event happened (null when it does not say), its
 * claims, their reconciled totals per outcome, its quotes
 * and statements, the places it names and the distinct places its event happened at, the actors
 * it names and who it says claimed, was blamed for or denied the attack. {@code text} is the text
 * all offsets point into.
 */
@JsonPropertyOrder({"id", "published", "publisher", "eventDate", "claims", "totals", "quotes",
    "places", "eventPlaces", "actors", "responsibility", "text"})
public record ReportExtraction(
    String id,
    @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate published,
    @JsonInclude(JsonInclude.Include.ALWAYS) String publisher,
    @JsonInclude(JsonInclude.Include.ALWAYS) EventDate eventDate,
    List<CasualtyClaim> claims,
    Map<Outcome, Reconciled> totals,
    List<Quote> quotes,
    List<Place> places,
    List<EventPlace> eventPlaces,
    List<MentionedActor> actors,
    List<Responsibility> responsibility,
    String text) {

  public ReportExtraction {
    claims = List.copyOf(claims);
    totals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(totals));
    quotes = List.copyOf(quotes);
    places = List.copyOf(places);
    eventPlaces = List.copyOf(eventPlaces);
    actors = List.copyOf(actors);
    responsibility = List.copyOf(responsibility);
  }
}
