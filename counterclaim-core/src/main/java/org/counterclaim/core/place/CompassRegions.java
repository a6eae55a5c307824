package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Provinces named by a point of the compass alone ("in the Southwest", "across the Far North"):
 * Cameroon's, Burkina Faso's and others' divisions bear such names, which elsewhere only say
 * which part of a country is meant. Such a name is a province only in a report that names the
 * province's country (or its people): a report on Cameroon's Anglophone regions that says "in
 * the Southwest" means the South-West Region, a report on Arizona does not.
 */
final class CompassRegions {

  private final PlaceWords words;

  CompassRegions(PlaceWords words) {
    this.words = java.util.Objects.requireNonNull(words, "words");
  }

  /**
   * The provinces that a capitalised compass name from token {@code i} may denote ("the
   * Southwest", "the Far North"), as a mention, or null. The name follows "in the", "across the"
   * and the like, and nothing capitalised or "of" follows it ("the North of Mali" is a part of
   * Mali, "the South China Sea" a sea).
   */
  Mention at(Sentence s, int i, Gazetteer gazetteer) {
    List<Token> t = s.tokens();
    if (i < 2 || !t.get(i - 1).lower().equals("the")
        || !words.compassRegionOpeners.contains(t.get(i - 2).lower())) {
      return null;
    }
    int j = i;
    while (j < t.size() && j - i < 2 && words.compassRegions.contains(t.get(j).lower())
        && Character.isUpperCase(t.get(j).text().charAt(0))) {
      j++;
    }
    if (j == i || j < t.size() && (Character.isUpperCase(t.get(j).text().charAt(0))
        || t.get(j).lower().equals("of"))) {
      return null;
    }
    List<GeoName> provinces = gazetteer.named(Token.join(t, i, j)).stream()
        .filter(g -> g.precision() == Precision.PROVINCE).toList();
    return provinces.isEmpty() ? null
        : new Mention(s.index(), i, j, t.get(i).start(), t.get(j - 1).end(), Token.join(t, i, j),
            null, false, provinces, false, false, j < t.size() && t.get(j).text().equals(","),
            null);
  }

  /**
   * {@code mentions} without the compass provinces of countries the report does not name, and
   * with the others' readings narrowed to the countries it names.
   */
  List<Mention> inNamedCountries(List<Mention> mentions) {
    Set<String> named = new HashSet<>();
    for (Mention m : mentions) {
      if (!m.candidates().isEmpty()
          && m.candidates().stream().allMatch(g -> g.precision() == Precision.COUNTRY)) {
        named.add(m.candidates().get(0).country());
      }
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (!isCompassName(m)) {
        out.add(m);
        continue;
      }
      List<GeoName> inside = m.candidates().stream()
          .filter(g -> named.contains(g.country())).toList();
      if (!inside.isEmpty()) {
        out.add(new Mention(m.sentence(), m.from(), m.to(), m.start(), m.end(), m.text(),
            m.divisionWord(), m.tagged(), inside, m.loose(), m.incidental(), m.commaAfter(),
            m.cue()));
      }
    }
    return out;
  }

  private boolean isCompassName(Mention m) {
    if (m.divisionWord() != null || m.tagged() || m.candidates().isEmpty()) {
      return false;
    }
    for (String w : m.text().toLowerCase(Locale.ROOT).split(" ")) {
      if (!words.compassRegions.contains(w)) {
        return false;
      }
    }
    return m.candidates().stream().allMatch(g -> g.precision() == Precision.PROVINCE);
  }
}
