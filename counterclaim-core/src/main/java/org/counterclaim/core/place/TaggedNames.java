package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.divisionWordAt;
import static org.counterclaim.core.place.NameTokens.isDivisionWord;
import static org.counterclaim.core.place.NameTokens.isUpperCase;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Reads a run of tokens the tagger marked as a location: the gazetteer's name it is (or that
 * opens it, or that it holds), a region of a known place ("North Texas"), or nothing when it
 * names a facility, an actor or a body.
 */
final class TaggedNames {

  private final Gazetteer gazetteer;
  private final java.util.function.Predicate<String> actorName;
  private final NameLookup lookup;
  private final PlaceContext context;
  private final Mentions mentions;

  TaggedNames(Gazetteer gazetteer, java.util.function.Predicate<String> actorName,
      NameLookup lookup, PlaceContext context, Mentions mentions) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.context = Objects.requireNonNull(context, "context");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

  /** Last words of a facility or street: a location, but not one a gazetteer places. */
  private static final Set<String> FACILITIES =
      Set.of("hospital", "road", "street", "st.", "avenue", "highway", "bridge", "school",
          "college", "university", "mosque", "church", "market", "bazaar", "chowk", "square",
          "park", "stadium", "hotel", "airport", "station", "prison", "jail", "centre", "center",
          "complex", "building", "plaza", "mall", "drive", "boulevard", "lane", "parkway");

  /** A run of tokens the tagger marked as a location. */
  Mention tagged(Sentence s, int i) {
    List<Token> t = s.tokens();
    int j = i;
    while (j < t.size() && t.get(j).entity() == EntityType.LOCATION) {
      j++;
    }
    // "Lashkar Gah" when the tagger stopped at "Lashkar"
    for (int longer = Math.min(t.size(), j + 2); longer > j; longer--) {
      if (startsName(t.get(longer - 1)) && !crossesPunctuation(t, i, longer)) {
        List<GeoName> found = gazetteer.named(Token.join(t, i, longer));
        if (!found.isEmpty()) {
          return mentions.of(s, i, longer, divisionWordAt(t, longer), true, found, false);
        }
      }
    }
    String words = Token.join(t, i, j);
    if (PlaceWords.NOT_PLACES.contains(words.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String division = divisionWordAt(t, j);
    List<GeoName> exact = lookup.withTownOfName(t, i, j, gazetteer.named(words));
    if (j - i == 1 && isUpperCase(words) && words.length() <= 3) {
      // "IG", "AU": initials, which name a country or province if anything
      exact = exact.stream().filter(g -> g.featureClass() == 'A').toList();
      if (exact.isEmpty()) {
        return null;
      }
    }
    if (!exact.isEmpty()) {
      return mentions.of(s, i, j, division, true, exact, false);
    }
    // "Rapides Parish", "Borno State": the tagger included the division word
    if (j - i >= 2 && isDivisionWord(t.get(j - 1).lower())) {
      List<GeoName> base = gazetteer.named(Token.join(t, i, j - 1));
      if (!base.isEmpty()) {
        return mentions.of(s, i, j, t.get(j - 1).lower(), true, base, false);
      }
    }
    // "North Texas", "Northeast Georgia": a region of a known place, placed at the place
    int head = i;
    while (head < j - 1 && (PlaceContext.COMPASS_WORDS.contains(t.get(head).lower())
        || isRegionWord(t.get(head).lower()))) {
      head++;
    }
    if (head > i && !PlaceContext.COMPASS_WORDS.contains(t.get(head).lower())
        && !isRegionWord(t.get(head).lower())) {
      List<GeoName> found = gazetteer.named(Token.join(t, head, j));
      if (!found.isEmpty()) {
        return mentions.of(s, i, j, division, true, found, false);
      }
    }
    // "Athens Regional Park", "Dublin Convention": a known place opening a longer name
    for (int k = j - 1; k > i; k--) {
      if (PlaceWords.NOT_PLACES.contains(Token.join(t, i, k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<GeoName> found = gazetteer.named(Token.join(t, i, k));
      if (found.stream().anyMatch(g -> g.featureClass() == 'A' || g.population() >= 1_000)) {
        return mentions.of(s, i, k, null, true, found, false, true);
      }
    }
    if (PlaceWords.NOT_PLACES.contains(t.get(i).lower())) {
      // "Operation Herof", "North Waziristan" aside: a common first word and no gazetteer name
      return j - i > 1 && !t.get(i).lower().equals("operation")
          ? mentions.of(s, i, j, division, true, List.of(), false) : null;
    }
    int dash = words.lastIndexOf('-');
    if (j - i == 1 && dash > 0 && dash + 1 < words.length()
        && Character.isLowerCase(words.charAt(dash + 1))) {
      // "Muslim-majority", "rebel-held": an adjective, not a place
      return null;
    }
    List<GeoName> loose = gazetteer.namedLoosely(words);
    if (loose.isEmpty() && (FACILITIES.contains(t.get(j - 1).lower()) || actorName.test(words)
        || isUpperCase(words) && words.length() <= 5)) {
      // "Civil Hospital", "Sariab Road", "African Union", "ATMIS": the tagger's locations that
      // no map can place, or actors
      return null;
    }
    if (loose.isEmpty() && j - i >= 2) {
      // "United Way of Metropolitan Atlanta", "Science Museum of Virginia": a tagged name the
      // gazetteer does not know, holding one it does
      Mention inner = innerPlace(s, i, j);
      if (inner != null) {
        return inner;
      }
    }
    return mentions.of(s, i, j, division, true, loose, true);
  }

  /** True when tokens i..j name a body or building ("Science Museum of Virginia"). */
  private static boolean namesInstitution(List<Token> t, int i, int j) {
    for (int k = i; k < j; k++) {
      String w = t.get(k).lower();
      if (w.equals("of") || OrganisationNames.ORGANISATION_HEADS.contains(w) || FACILITIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last known place within tokens i..j: in the name of a body or building, a country,
   * province or town of 1,000 people; in any other name ("Metro Atlanta"), a country, province
   * or city — not "Ganji" in Quetta's "Hazar Ganji".
   */
  private Mention innerPlace(Sentence s, int i, int j) {
    List<Token> t = s.tokens();
    long smallest = namesInstitution(t, i, j) ? 1_000 : NameLookup.BIG_PLACE;
    for (int end = j; end > i; end--) {
      for (int from = Math.max(i, end - 3); from < end; from++) {
        if (from == i && end == j || !startsName(t.get(from))
            || PlaceWords.NOT_PLACES.contains(Token.join(t, from, end).toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<GeoName> found = gazetteer.named(Token.join(t, from, end)).stream()
            .filter(g -> g.featureClass() == 'A' || g.population() >= smallest).toList();
        if (!found.isEmpty()) {
          return mentions.of(s, from, end, null, true, found, false, true);
        }
      }
    }
    return null;
  }

  private static boolean isRegionWord(String w) {
    return w.equals("northeast") || w.equals("northwest") || w.equals("southeast")
        || w.equals("southwest") || w.equals("upper") || w.equals("lower") || w.equals("greater")
        || w.equals("historic") || w.equals("downtown") || w.equals("most") || w.equals("old");
  }
}
