package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import org.counterclaim.core.nlp.Token;

/** What the tokens of a place name look like: capitals, where names end, punctuation. */
final class NameTokens {

  private NameTokens() {}

  /** A word that can open a place name: a capital letter first. */
  static boolean startsName(Token t) {
    String w = t.text();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0));
  }

  /** "Khan", "D.I.", "al-Zour": a word that can end a place name. */
  static boolean endsName(Token t) {
    String w = t.text();
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    int dash = w.indexOf('-');
    return Character.isUpperCase(w.charAt(0)) || w.endsWith(".")
        || dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
  }

  /** True when tokens i..j hold a comma, semicolon, colon or bracket. */
  static boolean crossesPunctuation(List<Token> t, int i, int j) {
    for (int k = i; k < j; k++) {
      String w = t.get(k).text();
      if (w.equals(",") || w.equals(";") || w.equals(":") || w.equals("(") || w.equals(")")) {
        return true;
      }
    }
    return false;
  }

  /** A word of two letters or more in capitals. */
  static boolean isUpperCase(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
