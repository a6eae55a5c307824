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
import org.counterclaim.core.reconcile.Reconciled;
import org.counterclaim.core.reconcile.ReportTotals;
import org.counterclaim.core.report.Report;

/**
 * The extraction chain for one report: analyse, attribute sentences, read casualty claims,
 * reconcile totals, list actors. Build once per process with {@link #load}; it is not safe for
 * concurrent use.
 */
public final class Extractor {

  private final Analyzer analyzer;
  private final Attributions attributions;
  private final CasualtyExtractor casualties = new CasualtyExtractor();
  private final ActorRegistry registry;
  private final ActorFinder actors;
  private final QuoteExtractor quotes;
  private final ResponsibilityFinder responsibility;

  /** A chain over an already loaded analyzer and registry. */
  public Extractor(Analyzer analyzer, ActorRegistry registry) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.attributions = new Attributions(registry);
    this.registry = Objects.requireNonNull(registry, "registry");
    this.actors = new ActorFinder(registry);
    this.quotes = new QuoteExtractor(registry);
    this.responsibility = new ResponsibilityFinder(registry);
  }

  /** Loads the CoreNLP models and the actor registry named by {@code config}. */
  public static Extractor load(ExtractorConfig config) {
    ActorRegistry registry = ActorRegistry.shipped();
    if (config.actorsFile() != null) {
      registry = registry.extendedWith(config.actorsFile());
    }
    return new Extractor(CoreNlpAnalyzer.load(config.nlp(), new CasualtyCues()), registry);
  }

  /** The actor registry this extractor names actors from. */
  public ActorRegistry registry() {
    return registry;
  }

  /** Reads everything Counterclaim extracts out of {@code report}. */
  public ReportExtraction extract(Report report) {
    AnalyzedText text = analyzer.analyze(report.text());
    List<Attribution> attributed = attributions.of(text, report);
    List<CasualtyClaim> claims = casualties.extract(text, attributed);
    Map<Outcome, Reconciled> totals = new TreeMap<>(ReportTotals.of(claims));
    return new ReportExtraction(
        report.id(),
        report.published(),
        report.publisher(),
        claims,
        totals,
        quotes.extract(text),
        List.of(),
        actors.find(text),
        responsibility.find(text),
        report.text());
  }
}
