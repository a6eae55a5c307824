package org.counterclaim.core.extract;

import java.util.List;
import java.util.Objects;
import org.counterclaim.core.actor.ActorFinder;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.actor.ResponsibilityFinder;
import org.counterclaim.core.casualty.CasualtyCues;
import org.counterclaim.core.casualty.CasualtyExtractor;
import org.counterclaim.core.claimant.SourceReaders;
import org.counterclaim.core.nlp.Analyzer;
import org.counterclaim.core.nlp.AnalyzerWords;
import org.counterclaim.core.nlp.SentenceFilter;
import org.counterclaim.core.nlp.corenlp.CoreNlpAnalyzer;
import org.counterclaim.core.place.Gazetteer;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.place.PlaceExtractor;
import org.counterclaim.core.quote.QuoteCues;
import org.counterclaim.core.quote.QuoteExtractor;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The extraction chain for one report: analyse its text (deeply only where a stage's cues ask),
 * then run the {@link #stages stages} in order over one draft. Build once per process with
 * {@link #load}; it is not safe for concurrent use.
 */
public final class Extractor {

  private final Analyzer analyzer;
  private final Parts parts;
  private final List<Stage> stages;

  /** What the stages are built from. */
  public record Parts(Vocabulary vocabulary, ActorRegistry registry, Gazetteer gazetteer,
      OutletHomes homes) {

    public Parts {
      Objects.requireNonNull(vocabulary, "vocabulary");
      Objects.requireNonNull(registry, "registry");
      Objects.requireNonNull(gazetteer, "gazetteer");
      Objects.requireNonNull(homes, "homes");
    }
  }

  /**
   * A chain running {@code stages} (built from {@code parts} by {@link #stages}) over an already
   * loaded analyzer (built with their {@link #cues} and {@link #analyzerWords}).
   */
  public Extractor(Analyzer analyzer, Parts parts, List<Stage> stages) {
    this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    this.parts = Objects.requireNonNull(parts, "parts");
    this.stages = List.copyOf(stages);
  }

  /**
   * The stages of extraction, in the order they run: who says each sentence, where, what
   * casualties are claimed, what is quoted, which actors, and when.
   */
  public static List<Stage> stages(Parts parts) {
    Vocabulary vocabulary = parts.vocabulary();
    ActorRegistry registry = parts.registry();
    SourceReaders sources = SourceReaders.of(vocabulary, registry);
    return List.of(
        new SourcesStage(sources.sources(), sources.attributions(), sources.cues()),
        new PlacesStage(new PlaceExtractor(parts.gazetteer(),
            name -> registry.lookup(name).isPresent(), vocabulary), parts.homes()),
        new ClaimsStage(new CasualtyExtractor(vocabulary, name -> registry.lookup(name)
            .map(a -> a.type() == ClaimantType.ARMED_GROUP).orElse(false)),
            new CasualtyCues(vocabulary)),
        new QuotesStage(new QuoteExtractor(sources.finder(), vocabulary),
            new QuoteCues()),
        new ActorsStage(new ActorFinder(registry), new ResponsibilityFinder(registry, vocabulary)),
        new EventDateStage(new EventDates(vocabulary)));
  }

  /** The sentences {@code stages} need analysed deeply: any stage's cues. */
  public static SentenceFilter cues(List<Stage> stages) {
    return SentenceFilter.anyOf(stages.stream().map(Stage::cues).toList());
  }

  /** The words the analyser needs, from {@code vocabulary} (its {@code nlp/} files). */
  public static AnalyzerWords analyzerWords(Vocabulary vocabulary) {
    return new AnalyzerWords(vocabulary.words("nlp/abbreviations.txt"),
        vocabulary.words("nlp/number-words.txt"), vocabulary.words("nlp/number-multipliers.txt"));
  }

  /**
   * Loads the vocabulary, actor registry and gazetteer named by {@code config}, then the CoreNLP
   * models.
   *
   * @throws IllegalArgumentException naming the file and the reason when a user's vocabulary,
   *     actor or gazetteer file is bad
   */
  public static Extractor load(ExtractorConfig config) {
    Vocabulary vocabulary = Vocabulary.of(config.vocabularyFolder());
    ActorRegistry registry = ActorRegistry.shipped();
    if (config.actorsFile() != null) {
      registry = registry.extendedWith(config.actorsFile());
    }
    Gazetteer gazetteer = config.gazetteerFile() == null ? Gazetteer.shipped()
        : Gazetteer.withDump(config.gazetteerFile());
    Parts parts = new Parts(vocabulary, registry, gazetteer, OutletHomes.none());
    List<Stage> stages = stages(parts);
    return new Extractor(
        CoreNlpAnalyzer.load(config.nlp(), cues(stages), analyzerWords(vocabulary)), parts,
        stages);
  }

  /**
   * This chain with the same models, vocabulary, registry and gazetteer, resolving each report's
   * places with its outlet's home from {@code homes}.
   */
  public Extractor withOutletHomes(OutletHomes homes) {
    Parts withHomes =
        new Parts(parts.vocabulary(), parts.registry(), parts.gazetteer(), homes);
    return new Extractor(analyzer, withHomes, stages(withHomes));
  }

  /** The gazetteer this extractor resolves places with. */
  public Gazetteer gazetteer() {
    return parts.gazetteer();
  }

  /** The actor registry this extractor names actors from. */
  public ActorRegistry registry() {
    return parts.registry();
  }

  /** The vocabulary this extractor's stages read. */
  public Vocabulary vocabulary() {
    return parts.vocabulary();
  }

  /** Reads everything Counterclaim extracts out of {@code report}. */
  public ReportExtraction extract(Report report) {
    Draft draft = new Draft(report, analyzer.analyze(report.text()));
    for (Stage stage : stages) {
      stage.run(draft);
    }
    return draft.extraction();
  }
}
