package org.counterclaim.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.claimant.Attribution;
import org.counterclaim.core.claimant.SentenceSources;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.quote.Quote;
import org.counterclaim.core.report.Report;

/**
 * What the stages have found so far about one analysed report; each stage fills its own part and
 * reads the parts of the stages before it. Not shared between reports or threads.
 */
public final class Draft {

  private final Report report;
  private final AnalyzedText text;
  List<SentenceSources> sources = List.of();
  List<Attribution> attributions = List.of();
  List<Place> places = List.of();
  List<EventPlace> eventPlaces = List.of();
  List<CasualtyClaim> claims = List.of();
  Map<Outcome, Reconciled> totals = Map.of();
  List<Quote> quotes = List.of();
  List<MentionedActor> actors = List.of();
  List<Responsibility> responsibility = List.of();
  EventDate eventDate;

  /** An empty draft of {@code report}, whose text is analysed as {@code text}. */
  public Draft(Report report, AnalyzedText text) {
    this.report = Objects.requireNonNull(report, "report");
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The report being extracted. */
  public Report report() {
    return report;
  }

  /** The report's analysed text. */
  public AnalyzedText text() {
    return text;
  }

  /** The source phrases each sentence names, in sentence order (the sources stage's finding). */
  public List<SentenceSources> sources() {
    return sources;
  }

  /** Who each sentence attributes its statements to (the sources stage's finding). */
  public List<Attribution> attributions() {
    return attributions;
  }

  /** The places the report names (the places stage's finding). */
  public List<Place> places() {
    return places;
  }

  /** The finished extraction. */
  public ReportExtraction extraction() {
    return new ReportExtraction(report.id(), report.published(), report.publisher(), eventDate,
        claims, totals, quotes, places, eventPlaces, actors, responsibility, report.text());
  }
}
