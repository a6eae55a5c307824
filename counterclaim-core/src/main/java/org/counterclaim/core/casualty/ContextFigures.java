package org.counterclaim.core.casualty;

import static org.counterclaim.core.casualty.VictimPhrase.endingAt;
import static org.counterclaim.core.casualty.VictimPhrase.startingAt;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Reads figures whose outcome the context gives rather than a trigger next to them: counts listed
 * after a figure with their places ("six at the clinic") and attackers named as the only
 * casualties or "in addition to" them.
 */
final class ContextFigures {

  private final VictimCategories categories;
  private final Set<String> sitePrepositions;
  private final Set<String> exceptCues;
  private final Set<String> exceptModifiers;

  /**
   * Context figures read with the words of {@code words}, whose victims {@code categories}
   * decides.
   */
  ContextFigures(CasualtyVocabulary words, VictimCategories categories) {
    this.categories = categories;
    this.sitePrepositions = words.words("site-prepositions.txt");
    this.exceptCues = words.words("except-cues.txt");
    this.exceptModifiers = words.words("except-modifiers.txt");
  }

  /**
   * "52 deaths were recorded at the main hospital, six at the clinic and one at the field unit":
   * counts listed after a figure, each with its place, are more figures of the same kind.
   */
  void elided(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (VictimPhrase p : phrases) {
      if (!p.bare() || p.count() == null || p.negative() || used.contains(p) || p.from() == 0
          || p.to() >= tokens.size() || !sitePrepositions.contains(tokens.get(p.to()).lower())) {
        continue;
      }
      String before = tokens.get(p.from() - 1).lower();
      if (!before.equals(",") && !before.equals("and")) {
        continue;
      }
      Link figure = null;
      for (Link l : links) {
        if (!l.part() && l.phrase().to() < p.from()
            && (figure == null || l.phrase().from() > figure.phrase().from())) {
          figure = l;
        }
      }
      if (figure != null && used.add(p)) {
        links.add(new Link(p, figure.outcome(), figure.category(), sentence, false,
            figure.ownSide()));
      }
    }
  }

  /**
   * "The assailants were the only reported casualties", "no casualties other than the bomber",
   * "In addition to the bomber, 12 recruits were killed": the attackers named there died.
   */
  void onlyCasualties(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    String lower = joinedLower(tokens);
    boolean casualtyWords = lower.contains("casualt");
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      VictimPhrase p = null;
      if (casualtyWords && exceptCues.contains(w) && i > 0
          && exceptModifiers.contains(tokens.get(i - 1).lower())) {
        p = startingAt(phrases, i + 1);
      } else if (casualtyWords && w.equals("besides")) {
        p = startingAt(phrases, i + 1);
      } else if (casualtyWords && w.equals("only") && i >= 2
          && Set.of("was", "were").contains(tokens.get(i - 2).lower())) {
        p = endingAt(phrases, i - 2);
      } else if (w.equals("addition") && i > 0 && tokens.get(i - 1).lower().equals("in")
          && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
        int k = i + 2;
        if (k + 2 < tokens.size() && tokens.get(k).lower().equals("the")
            && tokens.get(k + 1).lower().equals("death") && tokens.get(k + 2).lower().equals("of")) {
          k += 3;
        }
        VictimPhrase x = startingAt(phrases, k);
        if (x != null && x.category() == VictimCategory.MILITANTS) {
          p = x;
        }
      }
      if (p != null && p.count() != null && !p.negative() && used.add(p)) {
        links.add(new Link(p, Outcome.KILLED, categories.category(p, phrases), sentence));
      }
    }
  }

  private String joinedLower(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.lower()).append(' ');
    }
    return sb.toString();
  }
}
