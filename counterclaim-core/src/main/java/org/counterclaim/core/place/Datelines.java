package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Datelines: the place a report was filed from, in capitals at the start of its first body
 * sentence and set off by a dash, a colon, a comma or the agency in brackets ("MANSFIELD --",
 * "EAST HAMPTON —", "QUETTA:", "HERAT, Afghanistan", "NIAMEY (AFP)"). A tagger often takes such
 * a word for an organisation; its position says it is a place. It is never where the event
 * happened on that account alone.
 */
final class Datelines {

  private static final int MAX_WORDS = 3;

  private Datelines() {}

  /** True for a dash of any length ("-", "--", "—", "–"). */
  static boolean isDash(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c == '-' || c == '—' || c == '–');
  }

  /**
   * The dateline at token {@code i} of {@code s} that the gazetteer knows, or null; {@code
   * notPlaces} are the words that are no place names.
   */
  static Mention at(Sentence s, int i, Gazetteer gazetteer, java.util.Set<String> notPlaces) {
    List<Token> t = s.tokens();
    if (i != 0) {
      return null;
    }
    int j = 0;
    while (j < t.size() && j < MAX_WORDS && capitals(t.get(j).text())) {
      j++;
    }
    if (j == 0 || j >= t.size()) {
      return null;
    }
    String after = t.get(j).text();
    if (!(isDash(after) || after.equals(":") || after.equals(",") || after.equals("("))) {
      return null;
    }
    String words = Token.join(t, 0, j);
    if (notPlaces.contains(words.toLowerCase(Locale.ROOT))
        || PlaceNames.key(words).replace(" ", "").length() < 4) {
      // "AVA-", "AFP -": an agency's initials, not a town
      return null;
    }
    List<GeoName> found = gazetteer.named(words);
    return found.isEmpty() ? null
        : new Mention(s.index(), 0, j, t.get(0).start(), t.get(j - 1).end(), words, null, false,
            found, false, false, after.equals(","), null);
  }

  /** "MANSFIELD", "ST.", "W.VA.": letters (and dots) in capitals, two letters or more. */
  private static boolean capitals(String w) {
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '\'') {
        return false;
      }
    }
    return letters >= 2;
  }
}
