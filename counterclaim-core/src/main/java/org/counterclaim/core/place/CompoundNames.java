package org.counterclaim.core.place;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Place names inside hyphenated words: "R-Charleston", "Athens-Clarke County", "Fargo-Moorhead",
 * "Egypt-US relations", "US-backed" — but not "the Gusau-Funtua road" or "Al-Qaeda".
 */
final class CompoundNames {

  private final Gazetteer gazetteer;
  private final PlaceWords words;

  CompoundNames(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * A hyphenated pair of names the gazetteer does not know as a whole: a legislator's party and
   * home ("R-Charleston"), a city joined with its county ("Athens-Clarke County": the county),
   * or two towns ("Fargo-Moorhead": the first).
   */
  Mention capitalised(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token tok = t.get(i);
    String w = tok.text();
    int dash = w.lastIndexOf('-');
    if (dash < 1 || dash >= w.length() - 1 || !Character.isUpperCase(w.charAt(dash + 1))
        || !gazetteer.named(w).isEmpty()) {
      return null;
    }
    String head = w.substring(0, dash);
    String tail = w.substring(dash + 1);
    if (head.length() == 1) {
      // "R-Charleston", "D-Kan.": a party and a home town or state
      List<GeoName> home = gazetteer.named(tail);
      return !Set.of("R", "D", "I").contains(head) || home.isEmpty() ? null
          : new Mention(s.index(), i, i + 1, tok.start() + dash + 1, tok.end(), tail, null,
              false, home, false, true, false, null);
    }
    String division = words.divisionWordAt(t, i + 1);
    if (division != null && Character.isUpperCase(t.get(i + 1).text().charAt(0))) {
      List<GeoName> divisions = gazetteer.named(tail + " " + division);
      return divisions.isEmpty() ? null
          : new Mention(s.index(), i, i + 2, tok.start() + dash + 1, t.get(i + 1).end(),
              tail + " " + t.get(i + 1).text(), division, false, divisions, false, false,
              i + 2 < t.size() && t.get(i + 2).text().equals(","), null);
    }
    boolean road = i + 1 < t.size() && words.routeWords.contains(t.get(i + 1).lower())
        || i + 2 < t.size() && NameTokens.startsName(t.get(i + 1))
            && words.routeWords.contains(t.get(i + 2).lower());
    if (road || head.length() < 3 || words.hyphenParticles.contains(head.toLowerCase(Locale.ROOT))
        || head.indexOf('-') >= 0) {
      // "the Gusau-Funtua road" is neither town; "Al-Qaeda" and "Abu-Bakr" name no place
      return null;
    }
    List<GeoName> headNames = gazetteer.named(head);
    List<GeoName> divisions = headNames.stream()
        .filter(g -> g.precision() == Precision.COUNTRY || g.precision() == Precision.PROVINCE)
        .toList();
    if (!divisions.isEmpty()) {
      // "Egypt-US relations": a country's (or province's) name, as in "US-backed"
      return beforeHyphen(s, i, dash, divisions, true);
    }
    List<GeoName> first = headNames.stream()
        .filter(g -> g.featureClass() == 'P' && g.population() >= 1_000).toList();
    return first.isEmpty() ? null : beforeHyphen(s, i, dash, first, false);
  }

  /** The words of token {@code i} before its hyphen at {@code dash}, as a mention. */
  private static Mention beforeHyphen(Sentence s, int i, int dash, List<GeoName> candidates,
      boolean incidental) {
    Token tok = s.tokens().get(i);
    return new Mention(s.index(), i, i + 1, tok.start(), tok.start() + dash,
        tok.text().substring(0, dash), null, false, candidates, false, incidental, false, null);
  }

  /** "US-backed", "Britain-based": a country or place before a hyphenated word. */
  Mention prefix(Sentence s, int i) {
    Token tok = s.tokens().get(i);
    String w = tok.text();
    int dash = w.indexOf('-');
    if (dash < 2 || dash == w.length() - 1 || !Character.isUpperCase(w.charAt(0))
        || !Character.isLowerCase(w.charAt(dash + 1))) {
      return null;
    }
    String head = w.substring(0, dash);
    boolean placeSuffix = words.placeSuffixes.contains(
        w.substring(dash + 1).toLowerCase(Locale.ROOT));
    List<GeoName> found = gazetteer.named(head).stream()
        .filter(g -> g.precision() == Precision.COUNTRY || g.precision() == Precision.PROVINCE
            || placeSuffix && g.population() >= 10_000)
        .toList();
    if (found.isEmpty()) {
      return null;
    }
    return beforeHyphen(s, i, dash, found, true);
  }
}
