package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/** Finds casualty triggers ("were killed", "lost their lives", "killing") in a sentence. */
final class Triggers {

  private final CasualtyVocabulary words;
  private final Set<String> baseFormBlockers;
  private final Set<String> copulas;
  private final Set<String> harmVerbs;
  private final Set<String> harmNouns;
  private final Set<String> takenFollowers;
  private final Set<String> blameWords;

  /** Triggers found with the words of {@code words}. */
  Triggers(CasualtyVocabulary words) {
    this.words = words;
    this.baseFormBlockers = words.words("base-form-blockers.txt");
    this.copulas = words.words("copulas.txt");
    this.harmVerbs = words.words("harm-verbs.txt");
    this.harmNouns = words.words("harm-nouns.txt");
    this.takenFollowers = words.words("taken-followers.txt");
    this.blameWords = words.words("blame-words.txt");
  }

  /** The triggers of the tokens, left to right, longest phrases first, not overlapping. */
  List<Trigger> find(List<Token> tokens) {
    List<Trigger> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int harm = sufferedHarm(tokens, i);
      if (harm > 0) {
        // "suffered neck injuries", "sustained serious gunshot wounds"
        found.add(new Trigger(i, harm, Outcome.INJURED, Trigger.Form.INTRANSITIVE));
        i = harm;
        continue;
      }
      PhraseTable.Match<Trigger> m = words.triggers.longestAt(tokens, i);
      if (m == null) {
        i++;
        continue;
      }
      Trigger t = new Trigger(m.from(), m.to(), m.value().outcome(), m.value().form());
      if (accept(tokens, t)) {
        found.add(t);
      }
      i = m.to();
    }
    return found;
  }

  /** The end of "suffered (one or two words) injuries" starting at {@code i}, or 0. */
  private int sufferedHarm(List<Token> tokens, int i) {
    if (!harmVerbs.contains(tokens.get(i).lower())) {
      return 0;
    }
    for (int k = i + 1; k < Math.min(tokens.size(), i + 4); k++) {
      if (harmNouns.contains(tokens.get(k).lower())) {
        return k + 1;
      }
      if (!(tokens.get(k).posStartsWith("JJ") || tokens.get(k).posStartsWith("NN"))) {
        return 0;
      }
    }
    return 0;
  }

  private boolean heldResponsible(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 8); k++) {
      String w = tokens.get(k).lower();
      if (blameWords.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean accept(List<Token> tokens, Trigger t) {
    String word = tokens.get(t.from()).lower();
    boolean baseForm = word.equals("kill") || word.equals("die");
    if (baseForm && t.from() > 0 && baseFormBlockers.contains(tokens.get(t.from() - 1).lower())) {
      return false;
    }
    if (t.from() > 0 && tokens.get(t.from() - 1).lower().equals("the")
        && t.form() != Trigger.Form.NOMINAL
        && !(t.from() > 2 && tokens.get(t.from() - 2).lower().equals("among")
            && copulas.contains(tokens.get(t.from() - 3).lower()))) {
      // "were among the dead" states a death; "a woman among the injured succumbed" does not
      // "the injured were taken to hospital", "the dead included": a noun, not an event
      return false;
    }
    if (word.equals("held") && heldResponsible(tokens, t.to())) {
      // "held the coalition responsible": blame, not detention
      return false;
    }
    if (word.equals("taken") && t.to() == t.from() + 1 && t.to() < tokens.size()
        && takenFollowers.contains(tokens.get(t.to()).lower())) {
      return false;
    }
    if (t.form() == Trigger.Form.ADJECTIVE && t.to() < tokens.size()) {
      // attributive use: "dead bodies", "missing persons' files"
      Token next = tokens.get(t.to());
      if (next.posStartsWith("NN") && !word.equals("hostage") && !word.equals("captive")) {
        return false;
      }
    }
    return true;
  }
}
