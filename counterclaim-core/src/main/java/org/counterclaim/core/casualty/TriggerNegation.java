package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Tells triggers that state no casualty: negated ("were not killed"), hypothetical ("could have
 * killed") or governed by a denial ("denied that anyone was killed").
 */
final class TriggerNegation {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> MODALS =
      Set.of("would", "could", "might", "may", "will", "can", "should", "must", "'d", "wo");
  private static final Set<String> DENIALS =
      Set.of("denied", "denies", "deny", "rejected", "refuted", "dismissed", "false", "baseless",
          "rumours", "rumors");
  private static final Set<String> STATEMENT_STARTS =
      Set.of("said", "says", "saying", "claimed", "claiming", "claims", "added", "adding", "stated",
          "insisted", "maintained", ";", "but", "however", "reporting");

  /** True when trigger {@code t} states no casualty: denied, negated or hypothetical. */
  boolean statesNone(List<Token> tokens, Trigger t) {
    return deniedBefore(tokens, t.from()) || negatedOrHypothetical(tokens, t);
  }

  private static boolean negatedOrHypothetical(List<Token> tokens, Trigger t) {
    for (int k = t.from() - 1; k >= Math.max(0, t.from() - 4); k--) {
      String w = tokens.get(k).lower();
      if (NEGATIONS.contains(w)) {
        return true;
      }
      if (MODALS.contains(w)) {
        // "may have been taken" hedges a claim; "could have been killed" denies one
        boolean hedge = (w.equals("may") || w.equals("might")) && k + 1 < tokens.size()
            && tokens.get(k + 1).lower().equals("have");
        if (!hedge) {
          return true;
        }
      }
      if (!CasualtyVocabulary.AUX_AND_ADVERBS.contains(w) && !w.equals("killed")
          && !w.equals("and")) {
        break;
      }
    }
    return false;
  }

  /** "denied that anyone was killed": a denial governs the trigger unless a new statement starts. */
  private static boolean deniedBefore(List<Token> tokens, int from) {
    boolean denied = false;
    for (int k = 0; k < from; k++) {
      String w = tokens.get(k).lower();
      if (DENIALS.contains(w)) {
        denied = true;
      } else if (STATEMENT_STARTS.contains(w)) {
        denied = false;
      }
    }
    return denied;
  }
}
