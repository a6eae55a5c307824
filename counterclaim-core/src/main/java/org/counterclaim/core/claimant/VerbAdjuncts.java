package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * The words that may stand between a source and its reporting verb and are no part of the source:
 * adverbs ("police later said"), times and dates ("on Tuesday, April 6,"), adverbials ("in turn",
 * "for his part", "in a statement") and a parenthesis set off by commas (", in a statement,").
 */
final class VerbAdjuncts {

  private static final Set<String> SKIP_BEFORE_VERB =
      Set.of(
          "also", "later", "separately", "further", "earlier", "has", "have", "had", "reportedly",
          "officially", "previously", "already", "then", "meanwhile", "subsequently",
          "initially", "first");
  private static final Set<String> PARENTHESIS_OPENERS =
      Set.of("in", "on", "while", "speaking", "citing", "quoting", "during", "at", "late", "early", "earlier", "however", "meanwhile", "separately", "though", "too", "which", "who", "according");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

  /** Where the source noun phrase ends, looking left from the verb (exclusive end). */
  static int npEndBefore(List<Token> t, int v) {
    int k = v;
    boolean moved = true;
    while (moved) {
      moved = false;
      while (k > 0 && (SKIP_BEFORE_VERB.contains(t.get(k - 1).lower())
          || t.get(k - 1).pos().equals("RB") && !NEGATIONS.contains(t.get(k - 1).lower()))) {
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

  /** Documents a source can speak in: "X in a statement said". */
  private static final Set<String> MEDIUMS =
      Set.of("statement", "tweet", "post", "message", "interview", "release", "video", "letter",
          "communique", "communiqué", "broadcast", "briefing", "conference", "speech");

  /**
   * "X in turn reported", "X, for his part, said", "X in a statement said": where an adverbial
   * between the source and its verb starts, else {@code k}.
   */
  private static int adverbialBefore(List<Token> t, int k) {
    if (k >= 2 && t.get(k - 2).lower().equals("in") && t.get(k - 1).lower().equals("turn")) {
      return k - 2;
    }
    if (k >= 3 && Set.of("for", "on").contains(t.get(k - 3).lower())
        && Set.of("his", "her", "its", "their", "our", "my").contains(t.get(k - 2).lower())
        && t.get(k - 1).lower().equals("part")) {
      return k - 3;
    }
    if (k >= 3 && MEDIUMS.contains(t.get(k - 1).lower())) {
      int j = k - 2;
      while (j > 0 && k - j < 5 && (t.get(j).posStartsWith("JJ") || t.get(j).posStartsWith("NN"))
          && !t.get(j).lower().equals("in")) {
        j--;
      }
      if (j > 0 && Set.of("a", "an", "the", "its", "his", "her", "their").contains(t.get(j).lower())
          && Set.of("in", "on", "at").contains(t.get(j - 1).lower())) {
        return j - 1;
      }
    }
    return k;
  }

  private static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
          "sep.", "oct.", "nov.", "dec.");

  /**
   * "X on Tuesday, April 6, said": where a date set off by commas after a weekday starts (the
   * weekday itself is {@link #timeBefore}'s), else {@code k}.
   */
  private static int dateBefore(List<Token> t, int k) {
    if (k < 4 || !t.get(k - 1).text().equals(",")) {
      return k;
    }
    int j = k - 2;
    boolean month = false;
    while (j > 0 && k - j < 7 && (t.get(j).posStartsWith("CD") || t.get(j).text().equals(",")
        || MONTHS.contains(t.get(j).lower()))) {
      month |= MONTHS.contains(t.get(j).lower());
      j--;
    }
    j++;
    if (month && t.get(j).text().equals(",") && j > 0 && DAYS.contains(t.get(j - 1).lower())) {
      return j;
    }
    return k;
  }

  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "yesterday", "today", "tonight");
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

  /** "on Wednesday", "late on Tuesday night", "yesterday" just before {@code k}: where it starts. */
  static int timeBefore(List<Token> t, int k) {
    int j = k;
    if (j > 0 && DAY_PARTS.contains(t.get(j - 1).lower())) {
      j--;
    }
    if (j > 0 && DAYS.contains(t.get(j - 1).lower())) {
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
  static int skipParenthesis(List<Token> t, int k) {
    if (k > 0 && t.get(k - 1).text().equals(",")) {
      for (int c = k - 2; c >= Math.max(0, k - 10); c--) {
        if (t.get(c).text().equals(",")) {
          if (c + 1 < k - 1 && PARENTHESIS_OPENERS.contains(t.get(c + 1).lower())) {
            return c;
          }
          break;
        }
      }
    }
    return k;
  }

  private VerbAdjuncts() {}
}
