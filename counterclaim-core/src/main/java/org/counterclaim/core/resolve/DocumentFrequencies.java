package org.counterclaim.core.resolve;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many of a collection's reports use each word: what weighs words in {@link TermVectors}.
 * Reports grouped a block at a time (on several machines) are weighed against the whole
 * collection, so they are grouped as they would be all at once. Words used by one report only
 * may be left out: a missing word counts as used once.
 */
public record DocumentFrequencies(long documents, Map<String, Integer> documentFrequency)
    implements Serializable {

  public DocumentFrequencies {
    documentFrequency = Map.copyOf(Objects.requireNonNull(documentFrequency));
  }

  /** The document frequencies of {@code texts}, counting their {@code words}. */
  public static DocumentFrequencies of(List<String> texts, ReportWords words) {
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      for (String term : words.terms(text)) {
        df.merge(term, 1, Integer::sum);
      }
    }
    return new DocumentFrequencies(texts.size(), df);
  }

  /** How many reports use {@code term} (1 when it is not listed). */
  public int frequency(String term) {
    return documentFrequency.getOrDefault(term, 1);
  }
}
