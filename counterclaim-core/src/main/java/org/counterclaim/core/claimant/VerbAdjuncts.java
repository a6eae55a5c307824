package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The words that may stand between a source and its reporting verb and are no part of the source:
 * adverbs ("police later said"), times and dates ("on Tuesday, April 6,"), adverbials ("in turn",
 * "for his part", "in a statement") and a parenthesis set off by commas (", in a statement,").
 */
final class VerbAdjuncts {

  private final Set<String> skipBeforeVerb;
  private final Set<String> parenthesisOpeners;
  private final Set<String> negations;
  /** Documents a source can speak in: "X in a statement said". */
  private final Set<String> mediums;
  private final Set<String> possessives;
  private final Set<String> determiners;
  private final Set<String> months;
  private final Set<String> days;
  private final Set<String> dayParts;

  /** The adjuncts of {@code vocabulary}. */
  VerbAdjuncts(Vocabulary vocabulary) {
    this.skipBeforeVerb = vocabulary.words("claimant/adverbs-before-verb.txt");
    this.parenthesisOpeners = vocabulary.words("claimant/parenthesis-openers.txt");
    this.negations = vocabulary.words("claimant/negations.txt");
    this.mediums = vocabulary.words("claimant/mediums.txt");
    this.possessives = vocabulary.words("claimant/possessives.txt");
    this.determiners = vocabulary.words("claimant/determiners.txt");
    this.months = vocabulary.words("claimant/months.txt");
    this.days = vocabulary.words("claimant/days.txt");
    this.dayParts = vocabulary.words("claimant/day-parts.txt");
  }

  /** Where the source noun phrase ends, looking left from the verb (exclusive end). */
  int npEndBefore(List<Token> t, int v) {
    int k = v;
    boolean moved = true;
    while (moved) {
      moved = false;
      while (k > 0 && (skipBeforeVerb.contains(t.get(k - 1).lower())
          || t.get(k - 1).pos().equals("RB") && !negations.contains(t.get(k - 1).lower()))) {
        // "It additionally stated", "police later said"
        k--;
        moved = true;
      }
      int time = Math.min(timeBefore(t, k), Math.min(adverbialBefore(t, k), dateBefore(t, k)));
      if (time < k) {
        k = time;
        moved = true;
      }
    }
    k = skipParenthesis(t, k);
    return k;
  }

  /**
   * "X in turn reported", "X, for his part, said", "X in a statement said": where an adverbial
   * between the source and its verb starts, else {@code k}.
   */
  private int adverbialBefore(List<Token> t, int k) {
    if (k >= 2 && t.get(k - 2).lower().equals("in") && t.get(k - 1).lower().equals("turn")) {
      return k - 2;
    }
    if (k >= 3 && Set.of("for", "on").contains(t.get(k - 3).lower())
        && possessives.contains(t.get(k - 2).lower())
        && t.get(k - 1).lower().equals("part")) {
      return k - 3;
    }
    if (k >= 3 && mediums.contains(t.get(k - 1).lower())) {
      int j = k - 2;
      while (j > 0 && k - j < 5 && (t.get(j).posStartsWith("JJ") || t.get(j).posStartsWith("NN"))
          && !t.get(j).lower().equals("in")) {
        j--;
      }
      if (j > 0 && determiners.contains(t.get(j).lower())
          && Set.of("in", "on", "at").contains(t.get(j - 1).lower())) {
        return j - 1;
      }
    }
    return k;
  }

  /**
   * "X on Tuesday, April 6, said": where a date set off by commas after a weekday starts (the
   * weekday itself is {@link #timeBefore}'s), else {@code k}.
   */
  private int dateBefore(List<Token> t, int k) {
    if (k < 4 || !t.get(k - 1).text().equals(",")) {
      return k;
    }
    int j = k - 2;
    boolean month = false;
    while (j > 0 && k - j < 7 && (t.get(j).posStartsWith("CD") || t.get(j).text().equals(",")
        || months.contains(t.get(j).lower()))) {
      month |= months.contains(t.get(j).lower());
      j--;
    }
    j++;
    if (month && t.get(j).text().equals(",") && j > 0 && days.contains(t.get(j - 1).lower())) {
      return j;
    }
    return k;
  }

  /** "on Wednesday", "late on Tuesday night", "yesterday" just before {@code k}: where it starts. */
  int timeBefore(List<Token> t, int k) {
    int j = k;
    if (j > 0 && dayParts.contains(t.get(j - 1).lower())) {
      j--;
    }
    if (j > 0 && days.contains(t.get(j - 1).lower())) {
      j--;
      if (j > 0 && t.get(j - 1).lower().equals("on")) {
        j--;
        if (j > 0 && (t.get(j - 1).lower().equals("late") || t.get(j - 1).lower().equals("early"))) {
          j--;
        }
      }
      return j;
    }
    return k;
  }

  /** Skips ", in a statement," or ", on Monday," just before position k; returns the new end. */
  int skipParenthesis(List<Token> t, int k) {
    if (k > 0 && t.get(k - 1).text().equals(",")) {
      for (int c = k - 2; c >= Math.max(0, k - 10); c--) {
        if (t.get(c).text().equals(",")) {
          if (c + 1 < k - 1 && parenthesisOpeners.contains(t.get(c + 1).lower())) {
            return c;
          }
          break;
        }
      }
    }
    return k;
  }
}
