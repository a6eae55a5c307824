package org.counterclaim.core.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weighted word vectors of a collection of report texts, for comparing what reports are about: a
 * word weighs more the more often a report uses it and the fewer reports of the collection use it
 * (tf-idf), names (capitalised words inside a sentence) count double, and common words do not
 * count at all. Vectors have unit length, so their dot product is their cosine.
 */
public final class TermVectors {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]|\\d+");
  private static final Set<String> STOPWORDS = loadStopwords();

  private final List<Map<String, Double>> vectors;
  private final Vocabulary vocabulary;

  private TermVectors(List<Map<String, Double>> vectors, Vocabulary vocabulary) {
    this.vectors = vectors;
    this.vocabulary = vocabulary;
  }

  /** The vectors of {@code texts}, weighed against each other. */
  public static TermVectors of(List<String> texts) {
    return of(texts, Vocabulary.of(texts));
  }

  /** The vectors of {@code texts}, weighed against a whole collection's {@code vocabulary}. */
  public static TermVectors of(List<String> texts, Vocabulary vocabulary) {
    List<Map<String, Double>> vectors = new ArrayList<>(texts.size());
    for (String text : texts) {
      vectors.add(vector(counts(text), vocabulary));
    }
    return new TermVectors(vectors, vocabulary);
  }

  private static Map<String, Double> vector(Map<String, Double> counts, Vocabulary vocabulary) {
    long n = vocabulary.documents();
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double idf = Math.log((1.0 + n) / (1.0 + vocabulary.frequency(e.getKey()))) + 1.0;
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
    long limit = Math.max(2, (long) Math.ceil(maxShare * vocabulary.documents()));
    return vectors.get(i).entrySet().stream()
        .filter(e -> vocabulary.frequency(e.getKey()) <= limit)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(k)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Term counts of one text: names (capitalised inside a sentence) count twice. */
  static Map<String, Double> counts(String text) {
    Map<String, Double> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      String term = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (term.endsWith("'s")) {
        term = term.substring(0, term.length() - 2);
      }
      if (term.length() < 2 || STOPWORDS.contains(term)) {
        continue;
      }
      boolean name = Character.isUpperCase(word.charAt(0)) && !sentenceStart(text, m.start());
      counts.merge(term, name ? 2.0 : 1.0, Double::sum);
    }
    return counts;
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '\'' || c == '‘') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '—';
    }
    return true;
  }

  private static Set<String> loadStopwords() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TermVectors.class.getResourceAsStream("stopwords.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.startsWith("#")) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the stopword list", e);
    }
    return Set.copyOf(words);
  }
}
