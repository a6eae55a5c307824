package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/** Finds casualty triggers ("were killed", "lost their lives", "killing") in a sentence. */
final class Triggers {

  private static final Set<String> BLOCKS_BASE_FORM =
      Set.of("to", "will", "would", "could", "can", "may", "might", "should", "must", "did",
          "does", "do", "not", "never", "'ll", "wo", "shall");

  private Triggers() {}

  /** The triggers of the tokens, left to right, longest phrases first, not overlapping. */
  static List<Trigger> find(List<Token> tokens) {
    List<Trigger> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      PhraseTable.Match<Trigger> m = CasualtyVocabulary.TRIGGERS.longestAt(tokens, i);
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

  /** True when a trigger word starts at token {@code i}. */
  static boolean startsAt(List<Token> tokens, int i) {
    return CasualtyVocabulary.TRIGGERS.longestAt(tokens, i) != null;
  }

  private static boolean accept(List<Token> tokens, Trigger t) {
    String word = tokens.get(t.from()).lower();
    boolean baseForm = word.equals("kill") || word.equals("die");
    if (baseForm && t.from() > 0 && BLOCKS_BASE_FORM.contains(tokens.get(t.from() - 1).lower())) {
      return false;
    }
    if (t.from() > 0 && tokens.get(t.from() - 1).lower().equals("the")
        && t.form() != Trigger.Form.NOMINAL
        && !(t.from() > 1 && tokens.get(t.from() - 2).lower().equals("among"))) {
      // "the injured were taken to hospital", "the dead included": a noun, not an event
      return false;
    }
    if (word.equals("taken") && t.to() == t.from() + 1 && t.to() < tokens.size()
        && Set.of("to", "into", "for", "care", "over").contains(tokens.get(t.to()).lower())) {
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
