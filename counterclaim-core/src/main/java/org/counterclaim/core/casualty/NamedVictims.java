package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.casualty.VictimHeads.Head;
import org.counterclaim.core.nlp.Token;

/**
 * Finds victims named by name ("Naimatullah", "General Khan Agha Achakzai", "Sabour, a ministry
 * contractor,"): one victim each, of the category its title or apposition gives.
 */
final class NamedVictims {

  private final CasualtyVocabulary words;
  private final VictimHeads heads;
  private final Set<String> appositionDeterminers;
  private final Set<String> articles;
  private final Set<String> titles;

  /**
   * Named victims read with the words of {@code words}, whose titles and appositions {@code
   * heads} reads.
   */
  NamedVictims(CasualtyVocabulary words, VictimHeads heads) {
    this.words = words;
    this.heads = heads;
    this.appositionDeterminers = words.words("apposition-determiners.txt");
    this.articles = words.words("articles.txt");
    this.titles = words.words("titles.txt");
  }

  /**
   * A named person ("Naimatullah", "General Khan Agha Achakzai"), with a title before the name
   * and an apposition after it ("Sabour, a ministry contractor,"): one victim, of the category
   * the title or apposition gives.
   */
  VictimPhrase person(List<Token> tokens, int i) {
    int to = i;
    while (to < tokens.size() && tokens.get(to).entity() == org.counterclaim.core.nlp.EntityType.PERSON) {
      to++;
    }
    if (to == i) {
      to = i + 1;
    }
    int from = i;
    while (from > 0 && from > i - 3 && isTitle(tokens.get(from - 1)) && !words.triggerAt(tokens, from - 1)) {
      from--;
    }
    VictimCategory category = VictimCategory.PEOPLE;
    Head title = from < i ? heads.head(tokens, from) : null;
    if (title != null && title.to() <= i) {
      category = title.noun().category();
    }
    int end = to;
    if (to + 1 < tokens.size() && tokens.get(to).text().equals(",")) {
      int close = appositionEnd(tokens, to + 1);
      if (close > 0) {
        int roleFrom = appositionDeterminers.contains(tokens.get(to + 1).lower())
            ? to + 2 : to + 1;
        Head role = heads.head(tokens, roleFrom);
        if (role != null && role.to() <= close && category == VictimCategory.PEOPLE) {
          category = role.noun().category();
        }
        end = close;
      }
    }
    String name = Token.join(tokens, i, to);
    return new VictimPhrase(from, end, CountRange.exactly(1, name), false, category, name, false);
  }

  /** "Himmat, a district police chief, ...": a proper name followed by an apposition. */
  boolean isNamedWithApposition(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.posStartsWith("NNP") && t.entity() != org.counterclaim.core.nlp.EntityType.LOCATION
        && t.entity() != org.counterclaim.core.nlp.EntityType.ORGANIZATION
        && i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",")
        && articles.contains(tokens.get(i + 2).lower())
        && appositionEnd(tokens, i + 2) > 0 && (i == 0 || !tokens.get(i - 1).posStartsWith("NNP"));
  }

  private boolean isTitle(Token t) {
    String w = t.lower();
    return (t.posStartsWith("NN") && Character.isLowerCase(t.text().charAt(0)))
        || titles.contains(w);
  }

  /** The closing comma of an apposition starting at {@code from} ("a former judge,"), or -1. */
  private int appositionEnd(List<Token> tokens, int from) {
    if (!appositionDeterminers.contains(tokens.get(from).lower())
        && !tokens.get(from).posStartsWith("NN") && !tokens.get(from).posStartsWith("JJ")) {
      return -1;
    }
    for (int k = from + 1; k < Math.min(tokens.size(), from + 16); k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k;
      }
      if (t.posStartsWith("VBD") || t.posStartsWith("VBZ") || t.posStartsWith("VBP")
          || t.posStartsWith("MD") || words.triggerAt(tokens, k)) {
        return -1;
      }
    }
    return -1;
  }
}
