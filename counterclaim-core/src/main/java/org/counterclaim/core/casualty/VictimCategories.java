package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/**
 * Decides whose victims a phrase counts when its words do not say: "two others" and bare counts
 * take the victims named before them, the side that suffered them ("marines suffered 1 dead") or
 * the side named ("on the side of the assailants").
 */
final class VictimCategories {

  private final CasualtyVocabulary words;
  private final Set<String> sufferedVerbs;
  private final Set<String> countHedges;

  /** Categories decided with the words of {@code words}. */
  VictimCategories(CasualtyVocabulary words) {
    this.words = words;
    this.sufferedVerbs = words.words("suffered-verbs.txt");
    this.countHedges = words.words("count-hedges.txt");
  }

  /**
   * "two others", "a third" and a bare count ("killed and 20 wounded") take the category of the
   * victims named before them in the sentence.
   */
  VictimCategory category(VictimPhrase p, List<VictimPhrase> phrases) {
    if (!(p.others() || p.bare()) || p.category() != VictimCategory.PEOPLE) {
      return p.category();
    }
    VictimCategory found = VictimCategory.PEOPLE;
    for (VictimPhrase q : phrases) {
      if (q.from() >= p.from()) {
        break;
      }
      if (!q.negative() && !isSubset(q)) {
        found = category(q, phrases);
      }
    }
    return found;
  }

  private boolean isSubset(VictimPhrase q) {
    return q.subset();
  }

  /**
   * "Government marines suffered 1 dead and 19 wounded", "on the side of the assailants, 31
   * bodies": a bare count belongs to the victims who suffered it, else people.
   */
  VictimCategory sufferer(List<Token> tokens, VictimPhrase p) {
    int k = p.from() - 1;
    while (k > 0 && countHedges.contains(
        tokens.get(k).lower())) {
      k--;
    }
    if (k > 0 && sufferedVerbs.contains(tokens.get(k).lower())) {
      for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
        PhraseTable.Match<VictimNoun> v = words.victims.longestAt(tokens, j);
        if (v != null && v.to() == k) {
          return v.value().category();
        }
      }
    }
    return sideOf(tokens, p);
  }

  /** "On the side of the assailants, 31 bodies": the victims of the side named, else people. */
  VictimCategory sideOf(List<Token> tokens, VictimPhrase p) {
    for (int j = 0; j + 2 < p.from(); j++) {
      if (tokens.get(j).lower().equals("side") && tokens.get(j + 1).lower().equals("of")) {
        int n = tokens.get(j + 2).lower().equals("the") ? j + 3 : j + 2;
        PhraseTable.Match<VictimNoun> v =
            n < tokens.size() ? words.victims.longestAt(tokens, n) : null;
        if (v != null) {
          return v.value().category();
        }
      }
    }
    return VictimCategory.PEOPLE;
  }
}
