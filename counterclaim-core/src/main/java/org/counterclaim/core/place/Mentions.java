package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Makes the mention of a span of tokens: its words and offsets, its division word, and the
 * gazetteer entries a division word or a county's name without its word adds ("Noshki
 * district", "Henrico").
 */
final class Mentions {

  private final Gazetteer gazetteer;
  private final PlaceWords words;

  Mentions(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
  }

  /**
   * The mention of tokens {@code i}..{@code j} of {@code s}, with the division word after it (or
   * null), whether the tagger marked it, the entries it may denote and whether they were found
   * by spelling variant.
   */
  Mention of(Sentence s, int i, int j, String division, boolean tagged,
      List<GeoName> candidates, boolean loose) {
    return of(s, i, j, division, tagged, candidates, loose, false);
  }

  /**
   * The same, {@code incidental} when it is only part of an organisation's name or an adjective;
   * a division word after the name makes the gazetteer's district or county of the name a reading
   * too, and a division word before it ("the province of Séno") counts as its division word.
   */
  Mention of(Sentence s, int i, int j, String division, boolean tagged,
      List<GeoName> candidates, boolean loose, boolean incidental) {
    if (division != null && words.divisions.is(division, "gazetteer-district")) {
      // "Noshki district": the district, which the gazetteer may know under that name only
      List<GeoName> districts = gazetteer.named(Token.join(s.tokens(), i, j) + " district");
      if (!districts.isEmpty()) {
        List<GeoName> all = new ArrayList<>(districts);
        candidates.stream().filter(g -> !all.contains(g)).forEach(all::add);
        candidates = all;
        loose = false;
      }
    }
    List<Token> t = s.tokens();
    if (division == null) {
      division = divisionBefore(t, i);
    }
    if ((candidates.isEmpty() || loose) && division == null) {
      // "Henrico", "Avoyelles": a county or parish named without the word, which the gazetteer
      // knows only with it (rather than as a spelling variant of something else)
      String words = Token.join(t, i, j);
      for (String word : List.of(" county", " parish")) {
        List<GeoName> found = gazetteer.named(words + word);
        if (!found.isEmpty()) {
          candidates = found;
          loose = false;
          break;
        }
      }
    }
    int end = division != null && j < t.size() && t.get(j).lower().equals(division)
        && Character.isUpperCase(t.get(j).text().charAt(0)) ? j + 1 : j;
    return new Mention(s.index(), i, end, t.get(i).start(), t.get(end - 1).end(),
        Token.join(t, i, end), division, tagged, candidates, loose, incidental,
        end < t.size() && t.get(end).text().equals(","), null);
  }

  /** "the province of Séno", "region of the Sahel": a division word before the name. */
  private String divisionBefore(List<Token> t, int i) {
    int k = i - 1;
    if (k >= 0 && t.get(k).lower().equals("the")) {
      k--;
    }
    if (k < 1 || !t.get(k).lower().equals("of")) {
      return null;
    }
    String w = t.get(k - 1).lower();
    return words.isDivisionWord(w) && !w.equals("area") && !w.equals("valley") ? w : null;
  }
}
