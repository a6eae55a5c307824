package org.counterclaim.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.counterclaim.core.actor.ActorFinder;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.actor.ResponsibilityFinder;
import org.counterclaim.core.quote.QuoteExtractor;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CasualtyCues;
import org.counterclaim.core.casualty.CasualtyExtractor;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.claimant.Attribution;
import org.counterclaim.core.claimant.Attributions;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Analyzer;
import org.counterclaim.core.nlp.corenlp.CoreNlpAnalyzer;
import org.counterclaim.core.place.Gazetteer;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.PlaceExtractor;
import org.counterclaim.core.report.Report;

/**
 * The extraction chain for one report: analyse, attribute sentences, read casualty claims,
 * reconcile totals, list actors. Build once per process with {@link #load}; it is not safe for
 * concurrent use.
 */
public final class Extractor {

  private final Analyzer analyzer;
  private final Attributions attributions;
  private final CasualtyExtractor casualties;
  private final ActorRegistry registry;
  private final ActorFinder actors;
  private final QuoteExtractor quotes;
  private final ResponsibilityFinder responsibility;
  private final PlaceExtractor places;
  private final Gazetteer gazetteer;
  private final OutletHomes homes;

  /** A chain over an already loaded analyzer, actor registry and gazetteer. */
  public Extractor(Analyzer analyzer, ActorRegistry registry, Gazetteer gazetteer) {
    this(analyzer, registry, gazetteer, OutletHomes.none());
  }

  private Extractor(Analyzer analyzer, ActorRegistry registry, Gazetteer gazetteer,
      OutletHomes homes) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.homes = Objects.requireNonNull(homes, "homes");
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.attributions = new Attributions(registry);
    this.registry = Objects.requireNonNull(registry, "registry");
    this.casualties = new CasualtyExtractor(name -> registry.lookup(name)
        .map(a -> a.type() == org.counterclaim.core.actor.ClaimantType.ARMED_GROUP)
        .orElse(false));
    this.actors = new ActorFinder(registry);
    this.quotes = new QuoteExtractor(registry);
    this.responsibility = new ResponsibilityFinder(registry);
    this.places = new PlaceExtractor(gazetteer, name -> registry.lookup(name).isPresent());
  }

  /** Loads the CoreNLP models, the actor registry and the gazetteer named by {@code config}. */
  public static Extractor load(ExtractorConfig config) {
    ActorRegistry registry = ActorRegistry.shipped();
    if (config.actorsFile() != null) {
      registry = registry.extendedWith(config.actorsFile());
    }
    Gazetteer gazetteer = config.gazetteerFile() == null ? Gazetteer.shipped()
        : Gazetteer.withDump(config.gazetteerFile());
    return new Extractor(CoreNlpAnalyzer.load(config.nlp(), new CasualtyCues()), registry,
        gazetteer);
  }

  /**
   * This chain with the same models, registry and gazetteer, resolving each report's places with
   * its outlet's home from {@code homes}.
   */
  public Extractor withOutletHomes(OutletHomes homes) {
    return new Extractor(analyzer, registry, gazetteer, homes);
  }

  /** The gazetteer this extractor resolves places with. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The actor registry this extractor names actors from. */
  public ActorRegistry registry() {
    return registry;
  }

  /** Reads everything Counterclaim extracts out of {@code report}. */
  public ReportExtraction extract(Report report) {
    AnalyzedText text = analyzer.analyze(report.text());
    List<Attribution> attributed = attributions.of(text, report);
    PlaceExtractor.Result located =
        places.extract(text, homes.homeOf(report.publisher()).orElse(null));
    List<CasualtyClaim> claims = withPlaces(
        RestatedFigures.credit(casualties.extract(text, attributed), report.text()),
        located.places());
    Map<Outcome, Reconciled> totals = new TreeMap<>(ReportTotals.of(claims));
    return new ReportExtraction(
        report.id(),
        report.published(),
        report.publisher(),
        EventDates.of(text, report.published()).orElse(null),
        claims,
        totals,
        quotes.extract(text),
        located.places(),
        located.eventPlaces(),
        actors.find(text),
        responsibility.find(text),
        report.text());
  }

  /** Each claim with the indexes (into {@code places}) of the places named in its sentence. */
  private static List<CasualtyClaim> withPlaces(List<CasualtyClaim> claims, List<Place> places) {
    List<CasualtyClaim> out = new java.util.ArrayList<>(claims.size());
    for (CasualtyClaim c : claims) {
      List<Integer> in = new java.util.ArrayList<>();
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        if (p.start() >= c.evidence().start() && p.end() <= c.evidence().end()) {
          in.add(i);
        }
      }
      out.add(c.withPlaces(in));
    }
    return out;
  }
}
