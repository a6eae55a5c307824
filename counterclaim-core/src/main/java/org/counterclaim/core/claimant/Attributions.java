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

  /** One attribution per sentence of {@code text}, in sentence order; entries may be null. */
  public List<Attribution> of(AnalyzedText text, Report report) {
    Claimant publisherVoice = publisherVoice(report.publisher());
    List<Attribution> result = new ArrayList<>();
    Actor lastArmedGroup = null;
    Claimant previous = null;
    Attribution carried = null;
    int paragraph = -1;
    for (Sentence s : text.sentences()) {
      if (s.paragraph() != paragraph) {
        carried = null;
        paragraph = s.paragraph();
      }
      Attribution own = null;
      if (s.deep()) {
        SourcePhrase phrase = SourceFinder.find(s);
        if (phrase != null) {
          List<Token> tokens = s.tokens().subList(phrase.from(), phrase.to());
          Claimant claimant = classifier.classify(tokens, lastArmedGroup, previous);
          if (claimant != null) {
            String relay = phrase.hasRelay()
                ? relayName(s.tokens().subList(phrase.relayFrom(), phrase.relayTo()))
                : null;
            own = new Attribution(claimant, relay);
          }
        }
      }
      for (ActorRegistry.Match m : registry.find(s.tokens())) {
        if (m.actor().type() == ClaimantType.ARMED_GROUP) {
          lastArmedGroup = m.actor();
        }
      }
      if (own != null) {
        previous = own.claimant();
        carried = own;
      }
      Attribution chosen = own != null ? own : carried;
      result.add(withDefaults(chosen, publisherVoice, report.publisher()));
    }
    return result;
  }

  private Attribution withDefaults(Attribution a, Claimant publisherVoice, String publisher) {
    if (a == null) {
      return publisherVoice == null ? null : new Attribution(publisherVoice, null);
    }
    if (a.relayedBy() == null && publisherVoice != null
        && !a.claimant().name().equals(publisherVoice.name())) {
      return new Attribution(a.claimant(), publisher);
    }
    return a;
  }

  private Claimant publisherVoice(String publisher) {
    if (publisher == null || publisher.isBlank()) {
      return null;
    }
    for (Actor a : registry.all()) {
      if (a.name().equalsIgnoreCase(publisher) || a.aliases().stream().anyMatch(publisher::equalsIgnoreCase)) {
        return new Claimant(a.name(), a.type());
      }
    }
    return new Claimant(publisher, ClaimantType.MEDIA);
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
