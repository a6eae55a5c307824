package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;

/** The parts of the casualty stage built as the extractor builds them, and analysed sentences. */
final class CasualtyParts {

  /** The casualty words of the shipped vocabulary. */
  static final CasualtyVocabulary WORDS = new CasualtyVocabulary(Vocabulary.shipped());

  private CasualtyParts() {}

  /** The first sentence of {@code text}, analysed by the shared analyzer. */
  static Sentence sentence(String text) {
    return Pipelines.analyzer().analyze(text).sentences().get(0);
  }

  /** The victim phrases of {@code s}, as the extractor finds them (no names known before). */
  static List<VictimPhrase> phrases(Sentence s) {
    return victimPhrases().find(s, new CountPhrases(WORDS).find(s), Set.of(), name -> false);
  }

  /** The casualty triggers of {@code s}. */
  static List<Trigger> triggers(Sentence s) {
    return new Triggers(WORDS).find(s.tokens());
  }

  static VictimPhrases victimPhrases() {
    return new VictimPhrases(WORDS);
  }

  static VictimHeads victimHeads() {
    return new VictimHeads(WORDS);
  }

  static NamedVictims namedVictims() {
    return new NamedVictims(WORDS, victimHeads());
  }

  static TriggerNegation triggerNegation() {
    return new TriggerNegation(WORDS);
  }

  static TriggerSubjects triggerSubjects() {
    return new TriggerSubjects(WORDS);
  }

  static TriggerArguments triggerArguments() {
    return new TriggerArguments(WORDS);
  }

  static VictimCategories victimCategories() {
    return new VictimCategories(WORDS);
  }

  static TollFigures tollFigures() {
    return new TollFigures(WORDS, victimCategories());
  }

  static PartFigures partFigures() {
    return new PartFigures(WORDS, triggerArguments(), victimCategories());
  }

  static ContextFigures contextFigures() {
    return new ContextFigures(WORDS, victimCategories());
  }

  static SentenceLinks sentenceLinks() {
    return new SentenceLinks(WORDS);
  }

  static EarlierFigures earlierFigures() {
    return new EarlierFigures(WORDS);
  }
}
