package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.List;
import java.util.Objects;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the place that opens an organisation's name ("Ohio State University", "Balochistan
 * Liberation Army"), kept as an incidental mention that is never where an event happened.
 */
final class OrganisationNames {

  private final Gazetteer gazetteer;
  private final NameLookup lookup;
  private final Mentions mentions;
  private final PlaceWords words;

  OrganisationNames(Gazetteer gazetteer, NameLookup lookup, Mentions mentions,
      PlaceWords words) {
    this.words = Objects.requireNonNull(words, "words");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

  /**
   * "Ohio State University", "Balochistan Liberation Army", "Khyber Pakhtunkhwa Police": a
   * division, country or big place at the start of an organisation's name, kept as an incidental
   * mention.
   */
  Mention inOrganisationName(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (t.get(i).entity() == EntityType.ORGANIZATION && i > 0
        && t.get(i - 1).entity() == EntityType.ORGANIZATION) {
      // inside a tagged organisation: "University of Georgia", "Bank of Kabul"
      for (int j = Math.min(t.size(), i + 3); j > i; j--) {
        if (t.get(j - 1).entity() != EntityType.ORGANIZATION || crossesPunctuation(t, i, j)) {
          continue;
        }
        List<GeoName> found = lookup.withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
        if (found.stream().anyMatch(g -> g.featureClass() == 'A'
            || g.population() >= NameLookup.BIG_PLACE)) {
          return mentions.of(s, i, j, null, false, found, false, true);
        }
      }
      return null;
    }
    if (i > 0 && startsName(t.get(i - 1)) && !words.notPlaces.contains(t.get(i - 1).lower())
        || t.get(i).entity() == EntityType.PERSON) {
      return null;
    }
    for (int j = Math.min(t.size() - 1, i + 3); j > i; j--) {
      if (crossesPunctuation(t, i, j) || !startsName(t.get(j))) {
        continue;
      }
      if (!organisationFollows(t, j)) {
        continue;
      }
      if (lookup.longerName(t, i, j)) {
        // "Kansas City Power", "West Columbia City Council": the place's name goes on
        return null;
      }
      List<GeoName> found = lookup.withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
      boolean notable = found.stream().anyMatch(g -> g.featureClass() == 'A'
          || g.population() >= NameLookup.BIG_PLACE);
      if (notable) {
        return mentions.of(s, i, j, null, false, found, false, true);
      }
    }
    return null;
  }

  /** True when the capitalised words from {@code j} name an organisation. */
  private boolean organisationFollows(List<Token> t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 4) && startsName(t.get(k)); k++) {
      if (words.organisationHeads.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
