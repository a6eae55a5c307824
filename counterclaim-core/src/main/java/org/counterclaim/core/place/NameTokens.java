package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/** What the tokens around a place name look like: capitals, where names end, division words. */
final class NameTokens {

  /** Words after a name that say what kind of division or settlement it names. */
  static final Set<String> DIVISION_WORDS =
      Set.of("district", "districts", "province", "provinces", "region", "state", "county",
          "parish", "governorate", "division", "tehsil", "agency", "prefecture", "department",
          "city", "town", "village", "area", "valley", "subdistrict", "commune", "borough");

  private NameTokens() {}

  /** The division word at token {@code j} ("district" in "Kech district"), or null. */
  static String divisionWordAt(List<Token> t, int j) {
    return j < t.size() && isDivisionWord(t.get(j).lower()) ? t.get(j).lower() : null;
  }

  /** True for a word that says a name is a division or settlement. */
  static boolean isDivisionWord(String w) {
    return DIVISION_WORDS.contains(w);
  }

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

  /** A capitalised word of two letters or more that is not a common word. */
  static boolean isCapitalisedWord(Token t) {
    String w = t.text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
        && !PlaceWords.NOT_PLACES.contains(t.lower());
  }

  /** A word of two letters or more in capitals. */
  static boolean isUpperCase(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
