package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Report;

/**
 * Attributes every sentence of a report to a claimant. A sentence that names no source inherits
 * the source of an earlier sentence of the same paragraph; with none, the report speaks in its
 * publisher's voice. The relaying outlet is the one named, else the publisher when the claimant is
 * someone else.
 */
public final class Attributions {

  private final ActorRegistry registry;
  private final ClaimantClassifier classifier;

  /** Attributions that recognise the actors of {@code registry}. */
  public Attributions(ActorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.classifier = new ClaimantClassifier(registry);
  }

  /**
   * One attribution per sentence of {@code text}, in sentence order; entries may be null. A
   * sentence without a source of its own takes the source of the sentence before it in its
   * paragraph, or, at the head of a paragraph, the first source the paragraph names ("Five
   * soldiers were killed. The attack began at dawn, police said.").
   */
  public List<Attribution> of(AnalyzedText text, Report report) {
    Claimant publisherVoice = publisherVoice(report.publisher());
    List<Sentence> sentences = text.sentences();
    List<Attribution> own = new ArrayList<>(sentences.size());
    Actor lastArmedGroup = null;
    Claimant previous = null;
    List<Named> named = new ArrayList<>();
    for (Sentence s : sentences) {
      Attribution found = null;
      if (s.deep()) {
        SourcePhrase phrase = SourceFinder.find(s);
        if (phrase != null) {
          List<Token> tokens = s.tokens().subList(phrase.from(), phrase.to());
          Claimant claimant = backReference(tokens, named);
          if (claimant == null) {
            claimant = classifier.classify(tokens, lastArmedGroup, previous);
          }
          if (claimant != null) {
            String relay = phrase.hasRelay()
                ? relayName(s.tokens().subList(phrase.relayFrom(), phrase.relayTo()))
                : null;
            found = new Attribution(claimant, relay);
            named.add(new Named(ClaimantClassifier.text(tokens).toLowerCase(java.util.Locale.ROOT),
                claimant));
          }
        }
      }
      for (ActorRegistry.Match m : registry.find(s.tokens())) {
        if (m.actor().type() == ClaimantType.ARMED_GROUP) {
          lastArmedGroup = m.actor();
        }
      }
      if (found != null) {
        previous = found.claimant();
      }
      own.add(found);
    }
    List<Attribution> result = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      Attribution chosen = own.get(i);
      for (int j = i - 1; chosen == null && j >= 0
          && sentences.get(j).paragraph() == sentences.get(i).paragraph(); j--) {
        chosen = own.get(j);
      }
      for (int j = i + 1; chosen == null && j < sentences.size()
          && sentences.get(j).paragraph() == sentences.get(i).paragraph(); j++) {
        chosen = own.get(j);
      }
      result.add(withDefaults(chosen, publisherVoice));
    }
    return result;
  }

  /** A source phrase seen earlier in the report and who it named. */
  private record Named(String phrase, Claimant claimant) {}

  /**
   * "the ministry" after "Niger's defence ministry said", or "Nkwenti" after "police spokesman
   * Emmanuel Nkwenti said": the source named before.
   */
  private static Claimant backReference(List<Token> tokens, List<Named> named) {
    if (tokens.size() <= 2 && Character.isUpperCase(tokens.get(0).text().charAt(0))
        && !tokens.get(0).lower().equals("the")) {
      String surname = tokens.get(tokens.size() - 1).lower();
      for (int k = named.size() - 1; k >= 0; k--) {
        Named n = named.get(k);
        if (n.phrase().endsWith(" " + surname) && n.claimant().type() != ClaimantType.OTHER) {
          return n.claimant();
        }
      }
      return null;
    }
    if (tokens.size() > 3 || !tokens.get(0).lower().equals("the") || tokens.size() < 2) {
      return null;
    }
    String head = tokens.get(tokens.size() - 1).lower();
    for (int k = named.size() - 1; k >= 0; k--) {
      Named n = named.get(k);
      if (n.phrase().contains(head) && n.claimant().type() != ClaimantType.OFFICIAL_UNNAMED) {
        return n.claimant();
      }
    }
    return null;
  }

  private Attribution withDefaults(Attribution a, Claimant publisherVoice) {
    if (a == null) {
      return publisherVoice == null ? null : new Attribution(publisherVoice, null);
    }
    if (a.relayedBy() == null && publisherVoice != null
        && !a.claimant().name().equals(publisherVoice.name())) {
      return new Attribution(a.claimant(), publisherVoice.name());
    }
    return a;
  }

  private Claimant publisherVoice(String publisher) {
    if (publisher == null || publisher.isBlank()) {
      return null;
    }
    return registry.lookup(publisher)
        .map(a -> new Claimant(a.name(), registry.speakingType(a)))
        .orElseGet(() -> new Claimant(publisher, classifier.roleOf(publisher).orElse(ClaimantType.MEDIA)));
  }

  private String relayName(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      ActorRegistry.Match m = registry.at(tokens, i);
      if (m != null) {
        return m.actor().name();
      }
    }
    boolean named = tokens.stream().anyMatch(t -> Character.isUpperCase(t.text().charAt(0)));
    return named ? ClaimantClassifier.text(tokens) : null;
  }
}
