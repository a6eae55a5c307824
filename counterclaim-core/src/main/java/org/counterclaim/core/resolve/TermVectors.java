package org.counterclaim.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted word vectors of a collection of report texts, for comparing what reports are about: a
 * word weighs more the more often a report uses it and the fewer reports of the collection use it
 * (tf-idf); {@link ReportWords} says which words count (names double). Vectors have unit
 * length, so their dot product is their cosine.
 */
public final class TermVectors {

  private final List<Map<String, Double>> vectors;
  private final DocumentFrequencies frequencies;

  private TermVectors(List<Map<String, Double>> vectors, DocumentFrequencies frequencies) {
    this.vectors = vectors;
    this.frequencies = frequencies;
  }

  /** The vectors of {@code texts} counting their {@code words}, weighed against each other. */
  public static TermVectors of(List<String> texts, ReportWords words) {
    return of(texts, words, DocumentFrequencies.of(texts, words));
  }

  /**
   * The vectors of {@code texts} counting their {@code words}, weighed against a whole
   * collection's document {@code frequencies}.
   */
  public static TermVectors of(List<String> texts, ReportWords words,
      DocumentFrequencies frequencies) {
    List<Map<String, Double>> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(vector(words.counts(text), frequencies));
    }
    return new TermVectors(vectors, frequencies);
  }

  private static Map<String, Double> vector(Map<String, Double> counts,
      DocumentFrequencies frequencies) {
    long n = frequencies.documents();
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double idf = Math.log((1.0 + n) / (1.0 + frequencies.frequency(e.getKey()))) + 1.0;
      double w = (1.0 + Math.log(e.getValue())) * idf;
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((k, w) -> w / length);
    }
    return v;
  }

  /** The cosine of texts {@code i} and {@code j}: 0 (no word in common) to 1. */
  public double cosine(int i, int j) {
    Map<String, Double> a = vectors.get(i);
    Map<String, Double> b = vectors.get(j);
    if (a.size() > b.size()) {
      Map<String, Double> t = a;
      a = b;
      b = t;
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return Math.min(1.0, dot);
  }

  /**
   * The {@code k} heaviest words of text {@code i} that at most {@code maxShare} of the texts use,
   * heaviest first: the words by which to find other texts about the same thing.
   */
  public List<String> topTerms(int i, int k, double maxShare) {
    long limit = Math.max(2, (long) Math.ceil(maxShare * frequencies.documents()));
    return vectors.get(i).entrySet().stream()
        .filter(e -> frequencies.frequency(e.getKey()) <= limit)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }
}
