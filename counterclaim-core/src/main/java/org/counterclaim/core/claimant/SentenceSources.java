package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.counterclaim.core.nlp.Sentence;

/**
 * The source phrases one sentence names, found once for every reader of sources: every phrase
 * with a reporting cue in text order ({@code phrases}), those of them whose statement is their own
 * ({@code ownStatements}: the parse names no other subject and puts the cue inside no other
 * statement), the phrase of a reporting verb or headline colon at each token ({@code atToken}, null
 * where none), and the clause attributions the parse shows ({@code clauses}). Only {@code atToken}
 * is read in a sentence that was not analysed deeply; the rest is empty there.
 */
public record SentenceSources(List<SourcePhrase> phrases, List<SourcePhrase> ownStatements,
    List<SourcePhrase> atToken, List<ClauseSources.Clause> clauses) {

  public SentenceSources {
    phrases = List.copyOf(phrases);
    ownStatements = List.copyOf(ownStatements);
    atToken = Collections.unmodifiableList(new ArrayList<>(atToken));
    clauses = List.copyOf(clauses);
  }

  /**
   * The source phrases of sentence {@code s}, found with {@code finder} and, where it is parsed,
   * with {@code clauses}.
   */
  public static SentenceSources of(Sentence s, SourceFinder finder, ClauseSources clauses) {
    int n = s.tokens().size();
    SourcePhrase[] at = new SourcePhrase[n];
    for (int v = 0; v < n; v++) {
      at[v] = finder.atVerb(s, v);
    }
    if (!s.deep()) {
      return new SentenceSources(List.of(), List.of(), Arrays.asList(at), List.of());
    }
    List<SourcePhrase> phrases = finder.findAll(s, 0, n);
    List<SourcePhrase> own = phrases.stream()
        .filter(p -> !clauses.contradicts(s, p) && !clauses.insideStatement(s, p.cueFrom()))
        .toList();
    return new SentenceSources(phrases, own, Arrays.asList(at), clauses.find(s));
  }

  /** The source named with the reporting verb or colon at token {@code v}, or null. */
  public SourcePhrase at(int v) {
    return v < 0 || v >= atToken.size() ? null : atToken.get(v);
  }
}
