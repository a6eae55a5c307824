package org.counterclaim.core.nlp;

import java.util.List;

/**
 * Decides from cheap cues (the sentence's words only) whether a sentence is worth the expensive
 * analysis (part of speech, lemmas, named entities).
 */
@FunctionalInterface
public interface SentenceFilter {

  /** True when the sentence with these lower-cased words should be analysed deeply. */
  boolean wantsDeepAnalysis(List<String> lowerCaseWords);

  /** A filter that analyses every sentence deeply. */
  static SentenceFilter all() {
    return words -> true;
  }
}
