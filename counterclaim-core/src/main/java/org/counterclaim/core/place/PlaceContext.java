package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.isUpperCase;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.List;
import java.util.Objects;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;

/**
 * Whether the words around a capitalised name make it a place: a locative before it ("in
 * Kalat"), a list of places it stands in, a dateline, an office of its jurisdiction after it.
 */
final class PlaceContext {

  private final NameLookup lookup;
  private final PlaceWords words;
  private final LocalityFinder localities;

  /**
   * Reads context with {@code words}; {@code lookup} tells names of countries and provinces,
   * {@code localities} where a run of name words ends.
   */
  PlaceContext(NameLookup lookup, PlaceWords words, LocalityFinder localities) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.words = Objects.requireNonNull(words, "words");
    this.localities = Objects.requireNonNull(localities, "localities");
  }

  /** "in Kalat", "near Noshki", "Mastung, Kalat": a word where a place name is expected. */
  boolean placeContext(List<Token> t, int i) {
    int k = i - 1;
    while (k >= 0 && words.compass.contains(t.get(k).lower())) {
      k--;
    }
    if (k >= 1 && t.get(k).lower().equals("the") && (PlaceNames.key(t.get(i).text()).length() > 4
        || localities.nameRunEnd(t, i) > i + 1
        || i + 2 < t.size() && t.get(i + 1).lower().equals("of") && startsName(t.get(i + 2)))) {
      // "across the Line of Control", "in the Gambia" (a short name after "the" is as often no
      // place: "the Miss category")
      k--;
    }
    String before = k >= 0 ? t.get(k).lower() : "";
    if (words.locatives.contains(before)) {
      return true;
    }
    if (before.equals("of") && k > 0 && words.event.is(t.get(k - 1).lower(), "area-of")) {
      // "the outskirts of", "just east of"
      return true;
    }
    boolean listed = before.equals(",") || before.equals("and");
    boolean placeBefore = i >= 2 && t.get(i - 2).entity() == EntityType.LOCATION;
    boolean joined = i + 2 < t.size()
        && (t.get(i + 1).text().equals(",") || t.get(i + 1).lower().equals("and"));
    boolean placeAfter = joined && (t.get(i + 2).entity() == EntityType.LOCATION
        || t.get(i + 1).text().equals(",") && lookup.isDivisionName(t.get(i + 2)));
    return listed && placeBefore || placeAfter;
  }

  /** Whether the context makes a gazetteer match a place rather than a namesake word. */
  boolean accepted(List<Token> t, int i, int j, String division,
      List<GeoName> found) {
    boolean partOfLongerName = i > 1 && words.isCapitalisedWord(t.get(i - 1))
        || j < t.size() && words.isCapitalisedWord(t.get(j)) && division == null;
    if (partOfLongerName) {
      return false;
    }
    if (j - i >= 2 || division != null) {
      return true;
    }
    boolean dateline = i == 0 && j < t.size() && (isUpperCase(t.get(i).text())
        && (t.get(j).text().equals(",") || t.get(j).text().equals(":"))
        || t.get(j).text().equals("(") || t.get(j).text().equals("—")
        || t.get(j).text().equals("-") && isUpperCase(t.get(i).text()));
    String w = t.get(i).text();
    if (PlaceNames.key(w).length() <= 4 && !w.endsWith(".") && !isUpperCase(w)) {
      // "Mass", "Miss", "Tank", "Hit": short names need a place's context
      return placeContext(t, i) || listOfPlaces(t, i);
    }
    boolean big = found.stream().anyMatch(g -> g.featureClass() == 'A'
        || g.population() >= NameLookup.BIG_PLACE && i > 0);
    return dateline || big || placeContext(t, i) || listOfPlaces(t, i)
        || jurisdictionAfter(t, j);
  }

  /**
   * "Fargo Mayor Dennis Walaker", "Brownsboro police", "DuPage Sheriff": an office or a police
   * force at token {@code j}, whose jurisdiction the name before it is.
   */
  boolean jurisdictionAfter(List<Token> t, int j) {
    if (j >= t.size()) {
      return false;
    }
    String w = t.get(j).lower();
    return words.event.is(w, "title") || words.event.is(w, "local-authority");
  }

  /** "Mastung, Kalat and Noshki": a name in a list whose neighbours are capitalised too. */
  boolean listOfPlaces(List<Token> t, int i) {
    if (i < 2) {
      return false;
    }
    String before = t.get(i - 1).lower();
    return (before.equals(",") || before.equals("and")) && words.isCapitalisedWord(t.get(i - 2));
  }
}
