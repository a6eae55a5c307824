package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.isUpperCase;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
  private final PlaceWords placeWords;

  TaggedNames(Gazetteer gazetteer, java.util.function.Predicate<String> actorName,
      NameLookup lookup, PlaceContext context, Mentions mentions, PlaceWords words) {
    this.placeWords = Objects.requireNonNull(words, "words");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.context = Objects.requireNonNull(context, "context");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

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
          return mentions.of(s, i, longer, placeWords.divisionWordAt(t, longer), true, found,
              false);
        }
      }
    }
    String words = Token.join(t, i, j);
    if (placeWords.notPlaces.contains(words.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String division = placeWords.divisionWordAt(t, j);
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
    if (j - i >= 2 && placeWords.isDivisionWord(t.get(j - 1).lower())) {
      List<GeoName> base = gazetteer.named(Token.join(t, i, j - 1));
      if (!base.isEmpty()) {
        return mentions.of(s, i, j, t.get(j - 1).lower(), true, base, false);
      }
    }
    // "North Texas", "Northeast Georgia": a region of a known place, placed at the place
    int head = i;
    while (head < j - 1 && (placeWords.compass.contains(t.get(head).lower())
        || placeWords.regionWords.contains(t.get(head).lower()))) {
      head++;
    }
    if (head > i && !placeWords.compass.contains(t.get(head).lower())
        && !placeWords.regionWords.contains(t.get(head).lower())) {
      List<GeoName> found = gazetteer.named(Token.join(t, head, j));
      if (!found.isEmpty()) {
        return mentions.of(s, i, j, division, true, found, false);
      }
    }
    // "Athens Regional Park", "Dublin Convention": a known place opening a longer name
    for (int k = j - 1; k > i; k--) {
      if (placeWords.notPlaces.contains(Token.join(t, i, k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<GeoName> found = gazetteer.named(Token.join(t, i, k));
      if (found.stream().anyMatch(g -> g.featureClass() == 'A' || g.population() >= 1_000)) {
        return mentions.of(s, i, k, null, true, found, false, true);
      }
    }
    if (placeWords.notPlaces.contains(t.get(i).lower())) {
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
    if (loose.isEmpty() && (placeWords.facilities.contains(t.get(j - 1).lower())
        || actorName.test(words) || isUpperCase(words) && words.length() <= 5)) {
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
  private boolean namesInstitution(List<Token> t, int i, int j) {
    for (int k = i; k < j; k++) {
      String w = t.get(k).lower();
      if (w.equals("of") || placeWords.organisationHeads.contains(w)
          || placeWords.facilities.contains(w)) {
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
            || placeWords.notPlaces.contains(Token.join(t, from, end).toLowerCase(Locale.ROOT))) {
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
}
