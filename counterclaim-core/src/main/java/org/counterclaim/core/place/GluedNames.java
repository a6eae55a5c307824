package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Place names that scraped pages glue to the words around them, so that the tokenizer sees one
 * word: a dateline after a headline's last word ("clashesKabul:") or a sentence run into the next
 * ("in Kabul.Police said"). Only a notable place counts — a country, a province, a capital or
 * seat, a city of 100,000 — and only after a break no ordinary word has: a lower-case run of three
 * letters or more before a capital ("iPhone", "McAllen", "YouTube" are left alone), or a full stop
 * between letters.
 */
final class GluedNames {

  private static final long NOTABLE = 100_000;

  private GluedNames() {}

  /**
   * The notable place glued inside token {@code i} of {@code s}, or null; {@code notPlaces} are
   * the words that are no place names.
   */
  static Mention at(Sentence s, int i, Gazetteer gazetteer, java.util.Set<String> notPlaces) {
    Token tok = s.tokens().get(i);
    String w = tok.text();
    int from = 0;
    for (int k = 1; k <= w.length(); k++) {
      boolean end = k == w.length();
      boolean lowerToUpper = !end && Character.isUpperCase(w.charAt(k))
          && Character.isLowerCase(w.charAt(k - 1)) && lowerRun(w, k) >= 3;
      boolean stop = !end && w.charAt(k) == '.' && k + 1 < w.length()
          && Character.isLetter(w.charAt(k - 1)) && Character.isUpperCase(w.charAt(k + 1));
      if (!end && !lowerToUpper && !stop) {
        continue;
      }
      if (from > 0 || !end) {
        Mention m = piece(s, i, from, k, gazetteer, notPlaces);
        if (m != null) {
          return m;
        }
      }
      from = stop ? k + 1 : k;
      if (stop) {
        k++;
      }
    }
    return null;
  }

  /** How many lower-case letters end at (before) index {@code k}, back to the word's start. */
  private static int lowerRun(String w, int k) {
    int n = 0;
    for (int j = k - 1; j >= 0 && Character.isLowerCase(w.charAt(j)); j--) {
      n++;
    }
    return n == k ? n : 0;
  }

  private static Mention piece(Sentence s, int i, int from, int to, Gazetteer gazetteer,
      java.util.Set<String> notPlaces) {
    Token tok = s.tokens().get(i);
    String name = tok.text().substring(from, to);
    if (name.length() < 3 || !Character.isUpperCase(name.charAt(0))
        || notPlaces.contains(name.toLowerCase(Locale.ROOT))) {
      return null;
    }
    List<GeoName> found = gazetteer.named(name).stream()
        .filter(g -> g.featureClass() == 'A' || g.population() >= NOTABLE
            || g.featureCode().equals("PPLC") || g.featureCode().equals("PPLA"))
        .toList();
    return found.isEmpty() ? null
        : new Mention(s.index(), i, i + 1, tok.start() + from, tok.start() + to, name, null,
            false, found, false, false, false, null);
  }
}
