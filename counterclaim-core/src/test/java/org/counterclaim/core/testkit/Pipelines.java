package org.counterclaim.core.testkit;

import java.util.List;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.Stage;
import org.counterclaim.core.nlp.corenlp.CoreNlpAnalyzer;
import org.counterclaim.core.nlp.corenlp.CoreNlpConfig;
import org.counterclaim.core.place.Gazetteer;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.vocabulary.Vocabulary;

/** The CoreNLP-backed extractor, loaded once per test JVM and shared by every test. */
public final class Pipelines {

  private Pipelines() {}

  private static final class Holder {
    static final Gazetteer GAZETTEER = Gazetteer.shipped();
    static final ActorRegistry REGISTRY = ActorRegistry.shipped();
    static final Extractor.Parts PARTS =
        new Extractor.Parts(Vocabulary.shipped(), REGISTRY, GAZETTEER, OutletHomes.none());
    static final List<Stage> STAGES = Extractor.stages(PARTS);
    static final CoreNlpAnalyzer ANALYZER =
        CoreNlpAnalyzer.load(CoreNlpConfig.defaults(), Extractor.cues(STAGES),
            Extractor.analyzerWords(PARTS.vocabulary()));
    static final Extractor EXTRACTOR = new Extractor(ANALYZER, PARTS, STAGES);
  }

  /** The shared extractor (models load on first use). */
  public static synchronized Extractor extractor() {
    return Holder.EXTRACTOR;
  }

  /** The shared analyzer behind {@link #extractor()}. */
  public static CoreNlpAnalyzer analyzer() {
    return Holder.ANALYZER;
  }

  /** The shipped gazetteer. */
  public static Gazetteer gazetteer() {
    return Holder.GAZETTEER;
  }

  /** The shipped actor registry. */
  public static ActorRegistry registry() {
    return Holder.REGISTRY;
  }
}
