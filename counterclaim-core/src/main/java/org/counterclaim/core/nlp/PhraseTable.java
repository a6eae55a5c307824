package org.counterclaim.core.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multi-word phrases (lower-case, space-separated tokens) mapped to values, matched longest first
 * against a sentence's tokens.
 */
public final class PhraseTable<V> {

  /** A phrase found in a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public record Match<V>(int from, int to, V value) {}

  private record Entry<V>(String[] words, V value) {}

  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  /** Adds a phrase; a later entry for the same phrase does not replace an earlier one. */
  public void put(String phrase, V value) {
    String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
    List<Entry<V>> list = byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>());
    list.add(new Entry<>(words, value));
    list.sort(Comparator.comparingInt((Entry<V> e) -> -e.words().length));
  }

  /** The longest phrase starting at token {@code i}, or null. */
  public Match<V> longestAt(List<Token> tokens, int i) {
    List<Entry<V>> candidates = byFirstWord.get(tokens.get(i).lower());
    if (candidates == null) {
      return null;
    }
    for (Entry<V> e : candidates) {
      if (matches(tokens, i, e.words())) {
        return new Match<>(i, i + e.words().length, e.value());
      }
    }
    return null;
  }

  /** Every phrase starting at token {@code i}, longest first. */
  public List<Match<V>> allAt(List<Token> tokens, int i) {
    List<Entry<V>> candidates = byFirstWord.get(tokens.get(i).lower());
    if (candidates == null) {
      return List.of();
    }
    List<Match<V>> found = new ArrayList<>();
    for (Entry<V> e : candidates) {
      if (matches(tokens, i, e.words())) {
        found.add(new Match<>(i, i + e.words().length, e.value()));
      }
    }
    return found;
  }

  /** True when {@code phrase} (lower case, words separated by spaces) is in the table. */
  public boolean contains(String phrase) {
    String[] words = phrase.toLowerCase(Locale.ROOT).trim().split("\\s+");
    List<Entry<V>> candidates = byFirstWord.get(words[0]);
    return candidates != null
        && candidates.stream().anyMatch(e -> java.util.Arrays.equals(e.words(), words));
  }

  /** True when some phrase's first word is {@code lowerWord}. */
  public boolean startsWith(String lowerWord) {
    return byFirstWord.containsKey(lowerWord);
  }

  private static boolean matches(List<Token> tokens, int i, String[] words) {
    if (i + words.length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      if (!tokens.get(i + k).lower().equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
