package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Stretches of a parsed sentence read from its dependency tree: the subtree of a word, the run of
 * words around a head that belong to its phrase, and such stretches without their outer
 * punctuation.
 */
final class ParseSpans {

  private final Set<String> times;

  /** Spans that treat a word of {@code times} ("Sunday", "morning") as a time, not a name. */
  ParseSpans(Set<String> times) {
    this.times = Set.copyOf(times);
  }

  /**
   * The longest run of tokens around {@code head} that all belong to its phrase, not passing
   * through the relations of {@code cut} (nor, when cutting any, through a time).
   */
  int[] runAround(Sentence s, int head, Set<String> cut) {
    int from = head;
    int to = head + 1;
    while (from > 0 && dominates(s, head, from - 1, cut)) {
      from--;
    }
    while (to < s.tokens().size() && dominates(s, head, to, cut)) {
      to++;
    }
    return new int[] {from, to};
  }

  /**
   * {@code span} (from, to exclusive) without the punctuation at its ends; a closing bracket
   * whose opening bracket it holds stays.
   */
  static int[] trimPunctuation(Sentence s, int[] span) {
    int from = span[0];
    int to = span[1];
    List<Token> t = s.tokens();
    while (from < to - 1 && isPunctuation(t.get(from))) {
      from++;
    }
    while (to > from + 1 && isPunctuation(t.get(to - 1)) && !closes(t, from, to - 1)) {
      to--;
    }
    return new int[] {from, to};
  }

  /** True when token {@code k} is a closing bracket whose opening one is in {@code from..k}. */
  private static boolean closes(List<Token> t, int from, int k) {
    if (!t.get(k).text().equals(")")) {
      return false;
    }
    for (int j = from; j < k; j++) {
      if (t.get(j).text().equals("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code k} is {@code root} or below it, not passing through a cut relation (nor,
   * when cutting anything, through a time such as "on Sunday").
   */
  private boolean dominates(Sentence s, int root, int k, Set<String> cut) {
    int at = k;
    for (int depth = 0; depth <= s.tokens().size(); depth++) {
      if (at == root) {
        return true;
      }
      if (at < 0 || cut.contains(s.relation(at))
          || !cut.isEmpty() && times.contains(s.tokens().get(at).lower())) {
        return false;
      }
      at = s.head(at);
    }
    return false;
  }

  /** First and last (exclusive) token of {@code root}'s subtree. */
  int[] subtree(Sentence s, int root) {
    Set<String> cut = Set.of();
    int from = root;
    int to = root + 1;
    for (int k = 0; k < s.tokens().size(); k++) {
      if (k != root && dominates(s, root, k, cut)) {
        from = Math.min(from, k);
        to = Math.max(to, k + 1);
      }
    }
    return new int[] {from, to};
  }

  /** True when {@code t} is a punctuation mark. */
  static boolean isPunctuation(Token t) {
    String w = t.text();
    return w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("$")
        || w.equals("--") || w.equals("''") || w.equals("``");
  }
}
