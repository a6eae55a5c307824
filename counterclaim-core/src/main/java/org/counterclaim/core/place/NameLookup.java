package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.nlp.Token;

/**
 * Gazetteer look-ups of a span of tokens that the finders share: a name with "City" or "Town"
 * after it, a name that goes on past a span, a word that names a country or province.
 */
final class NameLookup {

  /** The most words a place name is taken to have. */
  static final int MAX_WORDS = 5;
  /** A place this populous is known well enough to need no context. */
  static final long BIG_PLACE = 100_000;

  private final Gazetteer gazetteer;

  NameLookup(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * "Dublin City": an alternate name of one place (Ireland's capital) that is also how any town
   * of the name writes itself ("Dublin City Council" in Ohio): the namesakes of the name without
   * "City" or "Town" join the candidates, unless some place bears the whole name as its own
   * ("Kansas City").
   */
  List<GeoName> withTownOfName(List<Token> t, int i, int j, List<GeoName> found) {
    String last = t.get(j - 1).lower();
    if (j - i < 2 || found.isEmpty() || !last.equals("city") && !last.equals("town")) {
      return found;
    }
    String whole = PlaceNames.key(Token.join(t, i, j));
    if (found.stream().anyMatch(g -> PlaceNames.key(g.name()).equals(whole))) {
      return found;
    }
    List<GeoName> all = new ArrayList<>(found);
    gazetteer.named(Token.join(t, i, j - 1)).stream()
        .filter(g -> g.precision() == Precision.TOWN && !all.contains(g)).forEach(all::add);
    return all;
  }

  /** True when capitalised words from {@code i} past {@code j} still name a known place. */
  boolean longerName(List<Token> t, int i, int j) {
    for (int k = j + 1; k <= Math.min(t.size(), i + MAX_WORDS); k++) {
      if (!startsName(t.get(k - 1)) || crossesPunctuation(t, i, k)) {
        return false;
      }
      if (!gazetteer.named(Token.join(t, i, k)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** "Afghanistan", "Balochistan": a token that names a country or province on its own. */
  boolean isDivisionName(Token t) {
    return startsName(t) && gazetteer.named(t.text()).stream().anyMatch(g ->
        g.precision() == Precision.COUNTRY || g.precision() == Precision.PROVINCE);
  }
}
