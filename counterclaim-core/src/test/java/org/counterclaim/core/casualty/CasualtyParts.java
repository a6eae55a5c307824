package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.testkit.Pipelines;

/** The parts of the casualty stage built as the extractor builds them, and analysed sentences. */
final class CasualtyParts {

  private CasualtyParts() {}

  /** The first sentence of {@code text}, analysed by the shared analyzer. */
  static Sentence sentence(String text) {
    return Pipelines.analyzer().analyze(text).sentences().get(0);
  }

  /** The victim phrases of {@code s}, as the extractor finds them (no names known before). */
  static List<VictimPhrase> phrases(Sentence s) {
    return victimPhrases().find(s, CountPhrases.find(s), Set.of(), name -> false);
  }

  /** The casualty triggers of {@code s}. */
  static List<Trigger> triggers(Sentence s) {
    return Triggers.find(s.tokens());
  }

  static VictimPhrases victimPhrases() {
    return new VictimPhrases();
  }

  static VictimHeads victimHeads() {
    return new VictimHeads();
  }

  static NamedVictims namedVictims() {
    return new NamedVictims(victimHeads());
  }

  static TriggerNegation triggerNegation() {
    return new TriggerNegation();
  }

  static TriggerSubjects triggerSubjects() {
    return new TriggerSubjects();
  }

  static TriggerArguments triggerArguments() {
    return new TriggerArguments();
  }

  static VictimCategories victimCategories() {
    return new VictimCategories();
  }

  static TollFigures tollFigures() {
    return new TollFigures(victimCategories());
  }

  static PartFigures partFigures() {
    return new PartFigures(triggerArguments(), victimCategories());
  }

  static ContextFigures contextFigures() {
    return new ContextFigures(victimCategories());
  }

  static SentenceLinks sentenceLinks() {
    return new SentenceLinks();
  }

  static EarlierFigures earlierFigures() {
    return new EarlierFigures();
  }
}
