package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
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
    SourceResolver resolver = new SourceResolver(registry, classifier, text.text());
    for (Sentence s : sentences) {
      Attribution found = null;
      if (s.deep()) {
        for (SourcePhrase phrase : SourceFinder.findAll(s, 0, s.tokens().size())) {
          Source source = resolver.resolve(s, phrase);
          if (source != null) {
            found = new Attribution(source.claimant(), source.toldTo());
            break;
          }
        }
      }
      resolver.observe(s);
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


}
