package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source phrases one sentence names, found and resolved once for every reader of sources:
 * every phrase with a reporting cue in text order ({@code phrases}), those of them whose statement
 * is their own ({@code ownStatements}: the parse names no other subject and puts the cue inside no
 * other statement), the phrase of a reporting verb or headline colon at each token ({@code
 * atToken}, null where none), the clause attributions the parse shows ({@code clauses}), the
 * claims of other parties the sentence reports inside its own words ({@code owners}), and the
 * source each of these phrases names ({@code resolved}, null where it names none), and those whose
 * reporting words stand inside quotation marks ({@code quoted}: the quoted speaker's words, not
 * the report's). Only {@code
 * atToken} is read in a sentence that was not analysed deeply; the other lists are empty there.
 */
public record SentenceSources(List<SourcePhrase> phrases, List<SourcePhrase> ownStatements,
    List<SourcePhrase> atToken, List<ClauseSources.Clause> clauses,
    List<ClaimOwners.Owner> owners, Map<SourcePhrase, Source> resolved,
    Set<SourcePhrase> quoted) {

  public SentenceSources {
    phrases = List.copyOf(phrases);
    ownStatements = List.copyOf(ownStatements);
    atToken = Collections.unmodifiableList(new ArrayList<>(atToken));
    clauses = List.copyOf(clauses);
    owners = List.copyOf(owners);
    resolved = Collections.unmodifiableMap(new HashMap<>(resolved));
    quoted = Set.copyOf(quoted);
  }

  /** The source named with the reporting verb or colon at token {@code v}, or null. */
  public SourcePhrase at(int v) {
    return v < 0 || v >= atToken.size() ? null : atToken.get(v);
  }

  /**
   * The source that phrase {@code p} of this sentence names, or null when it names none.
   *
   * @throws IllegalArgumentException when {@code p} is not one of this sentence's phrases
   */
  public Source source(SourcePhrase p) {
    if (!resolved.containsKey(p)) {
      throw new IllegalArgumentException("not a source phrase of this sentence: " + p);
    }
    return resolved.get(p);
  }

  /** Every phrase of the sentence once, in text order: where it starts, then where its cue does. */
  List<SourcePhrase> all() {
    List<SourcePhrase> all = new ArrayList<>(phrases);
    clauses.forEach(c -> all.add(c.phrase()));
    owners.forEach(o -> all.add(o.phrase()));
    atToken.stream().filter(p -> p != null).forEach(all::add);
    return all.stream().distinct().sorted(java.util.Comparator.comparingInt(SourcePhrase::from)
        .thenComparingInt(SourcePhrase::cueFrom).thenComparingInt(SourcePhrase::to)).toList();
  }

  /**
   * These phrases with the sources {@code resolved} names for them, {@code quoted} those whose
   * reporting words are inside quotation marks.
   */
  SentenceSources with(Map<SourcePhrase, Source> resolved, Set<SourcePhrase> quoted) {
    return new SentenceSources(phrases, ownStatements, atToken, clauses, owners, resolved,
        quoted);
  }
}
