package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Tells triggers that state no casualty: negated ("were not killed"), hypothetical ("could have
 * killed") or governed by a denial ("denied that anyone was killed").
 */
final class TriggerNegation {

  private final CasualtyVocabulary words;
  private final Set<String> negations;
  private final Set<String> modals;
  private final Set<String> denials;
  private final Set<String> statementStarts;

  /** Negation read with the words of {@code words}. */
  TriggerNegation(CasualtyVocabulary words) {
    this.words = words;
    this.negations = words.words("trigger-negations.txt");
    this.modals = words.words("modals.txt");
    this.denials = words.words("denial-words.txt");
    this.statementStarts = words.words("statement-starts.txt");
  }

  /** True when trigger {@code t} states no casualty: denied, negated or hypothetical. */
  boolean statesNone(List<Token> tokens, Trigger t) {
    return deniedBefore(tokens, t.from()) || negatedOrHypothetical(tokens, t);
  }

  private boolean negatedOrHypothetical(List<Token> tokens, Trigger t) {
    for (int k = t.from() - 1; k >= Math.max(0, t.from() - 4); k--) {
      String w = tokens.get(k).lower();
      if (negations.contains(w)) {
        return true;
      }
      if (modals.contains(w)) {
        // "may have been taken" hedges a claim; "could have been killed" denies one
        boolean hedge = (w.equals("may") || w.equals("might")) && k + 1 < tokens.size()
            && tokens.get(k + 1).lower().equals("have");
        if (!hedge) {
          return true;
        }
      }
      if (!words.auxAndAdverbs.contains(w) && !w.equals("killed")
          && !w.equals("and")) {
        break;
      }
    }
    return false;
  }

  /** "denied that anyone was killed": a denial governs the trigger unless a new statement starts. */
  private boolean deniedBefore(List<Token> tokens, int from) {
    boolean denied = false;
    for (int k = 0; k < from; k++) {
      String w = tokens.get(k).lower();
      if (denials.contains(w)) {
        denied = true;
      } else if (statementStarts.contains(w)) {
        denied = false;
      }
    }
    return denied;
  }
}
