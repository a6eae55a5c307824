package org.counterclaim.core.nlp;

import java.util.List;

/**
 * Decides from cheap cues which sentences are worth the expensive analysis: first from the words
 * alone whether to tag them (part of speech, lemmas, named entities), then from the tagged tokens
 * whether to parse them as well.
 */
@FunctionalInterface
public interface SentenceFilter {

  /** True when the sentence with these lower-cased words should be analysed deeply. */
  boolean wantsDeepAnalysis(List<String> lowerCaseWords);

  /** True when the deeply analysed sentence with these tagged tokens should also be parsed. */
  default boolean wantsParse(List<Token> tagged) {
    return false;
  }

  /** A filter that analyses every sentence deeply and parses none. */
  static SentenceFilter all() {
    return words -> true;
  }
}
