package org.counterclaim.core.quote;

import java.util.List;
import org.counterclaim.core.nlp.SentenceFilter;

/**
 * The quote stage's cheap test of which sentences need the expensive analysis: one with a word
 * that opens with a quote mark. It asks for no parse.
 */
public final class QuoteCues implements SentenceFilter {

  /** The quote marks a word may open with (a closing mark opens a word after a split too). */
  private static final String MARKS = "\"“”‘’«»";

  @Override
  public boolean wantsDeepAnalysis(List<String> lowerCaseWords) {
    for (String w : lowerCaseWords) {
      if (!w.isEmpty() && MARKS.indexOf(w.charAt(0)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
