package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
        List<Integer> bounds = clauseBounds(s);
        Map<Integer, Attribution> byClause = new java.util.TreeMap<>();
        for (SourcePhrase phrase : SourceFinder.findAll(s, 0, s.tokens().size())) {
          Source source = resolver.resolve(s, phrase);
          if (source != null) {
            Attribution a = new Attribution(source.claimant(), source.toldTo());
            found = found == null ? a : found;
            byClause.putIfAbsent(clauseOf(bounds, phrase.from()), a);
          }
        }
        if (byClause.size() > 1 && byClause.values().stream().map(Attribution::claimant)
            .distinct().count() > 1) {
          List<Attribution.Clause> clauses = new ArrayList<>();
          for (Map.Entry<Integer, Attribution> e : byClause.entrySet()) {
            int k = e.getKey();
            clauses.add(new Attribution.Clause(k == 0 ? 0 : bounds.get(k - 1),
                k < bounds.size() ? bounds.get(k) : s.tokens().size(), e.getValue()));
          }
          found = new Attribution(found.claimant(), found.relayedBy(), clauses);
        }
      }
      resolver.observe(s);
      own.add(found);
    }
    List<Attribution> result = new ArrayList<>(sentences.size());
    int[] paragraph = Paragraphs.of(text);
    for (int i = 0; i < sentences.size(); i++) {
      Attribution chosen = own.get(i);
      for (int j = i - 1; chosen == null && j >= 0 && paragraph[j] == paragraph[i]; j--) {
        chosen = own.get(j) == null ? null : own.get(j).alone();
      }
      for (int j = i + 1; chosen == null && j < sentences.size() && paragraph[j] == paragraph[i];
          j++) {
        chosen = own.get(j) == null ? null : own.get(j).alone();
      }
      result.add(withDefaults(chosen, publisherVoice));
    }
    return result;
  }

  private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but");

  /**
   * Where a sentence's clauses begin after its first: at each "while", "whereas" or "but"
   * that sets one statement against another.
   */
  private static List<Integer> clauseBounds(Sentence s) {
    List<Integer> bounds = new ArrayList<>();
    for (int i = 1; i < s.tokens().size() - 1; i++) {
      if (CONTRASTS.contains(s.tokens().get(i).lower())) {
        bounds.add(i);
      }
    }
    return bounds;
  }

  private static int clauseOf(List<Integer> bounds, int token) {
    int k = 0;
    while (k < bounds.size() && bounds.get(k) <= token) {
      k++;
    }
    return k;
  }

  private Attribution withDefaults(Attribution a, Claimant publisherVoice) {
    if (a == null) {
      return publisherVoice == null ? null : new Attribution(publisherVoice, null);
    }
    List<Attribution.Clause> clauses = new ArrayList<>();
    for (Attribution.Clause c : a.clauses()) {
      clauses.add(new Attribution.Clause(c.from(), c.to(),
          withDefaults(c.attribution(), publisherVoice)));
    }
    if (a.relayedBy() == null && publisherVoice != null
        && !a.claimant().name().equals(publisherVoice.name())) {
      return new Attribution(a.claimant(), publisherVoice.name(), clauses);
    }
    return new Attribution(a.claimant(), a.relayedBy(), clauses);
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
