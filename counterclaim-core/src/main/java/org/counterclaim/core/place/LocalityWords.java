package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import org.counterclaim.core.nlp.Token;

/**
 * The locality words of {@code locality-words.tsv} ("village", "district", "military camp"):
 * what kind of place each says a name is, where a phrase of several words starts, a word's
 * singular, and the name in the words of a building or road.
 */
final class LocalityWords {

  private final WordKinds kinds;
  /** The locality words of several words ("local government area"), longest first. */
  private final List<String> phrases;

  /** The locality words of {@code kinds}, typed as in {@code locality-words.tsv}. */
  LocalityWords(WordKinds kinds) {
    this.kinds = java.util.Objects.requireNonNull(kinds, "kinds");
    this.phrases = java.util.stream.Stream.of(LocalityFinder.Kind.values())
        .flatMap(k -> kinds.of(k.name().toLowerCase(Locale.ROOT)).stream())
        .filter(w -> w.indexOf(' ') > 0)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /** True when {@code lowerWord} has kind {@code kind} ("modifier", "not-a-name", …). */
  boolean is(String lowerWord, String kind) {
    return kinds.is(lowerWord, kind);
  }

  /** The kind of locality word {@code lowerWord} is, or null. */
  LocalityFinder.Kind kindOf(String lowerWord) {
    for (LocalityFinder.Kind k : LocalityFinder.Kind.values()) {
      if (kinds.is(lowerWord, k.name().toLowerCase(Locale.ROOT))) {
        return k;
      }
    }
    return null;
  }

  /** Where a locality phrase of several words ending at token {@code k} starts, else k. */
  int phraseStart(List<Token> t, int k) {
    for (String phrase : phrases) {
      int n = phrase.split(" ").length;
      if (k + 1 >= n && Token.join(t, k + 1 - n, k + 1).toLowerCase(Locale.ROOT).equals(phrase)) {
        return k + 1 - n;
      }
    }
    return k;
  }

  /**
   * The name in the words of a building or road ("Hanover" in "Hanover police station"): the
   * words before the first locality word or modifier.
   */
  String nameOf(String words) {
    String[] w = words.split(" ");
    int n = 0;
    while (n < w.length && kindOf(w[n].toLowerCase(Locale.ROOT)) == null
        && !kinds.is(w[n].toLowerCase(Locale.ROOT), "modifier")) {
      n++;
    }
    return n == 0 ? words : String.join(" ", java.util.Arrays.copyOf(w, n));
  }

  /** The singular of a locality word as the vocabulary lists it ("counties" → "county"). */
  String singular(String word) {
    if (word.endsWith("ies") && kindOf(word.substring(0, word.length() - 3) + "y") != null) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.endsWith("s") && kindOf(word.substring(0, word.length() - 1)) != null) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }
}
