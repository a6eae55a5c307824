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

  /** A filter that analyses no sentence deeply. */
  static SentenceFilter none() {
    return words -> false;
  }

  /**
   * A sentence is analysed deeply when any of {@code filters} wants it, and parsed when any of
   * them wants it parsed.
   */
  static SentenceFilter anyOf(List<SentenceFilter> filters) {
    List<SentenceFilter> all = List.copyOf(filters);
    return new SentenceFilter() {
      @Override
      public boolean wantsDeepAnalysis(List<String> lowerCaseWords) {
        for (SentenceFilter f : all) {
          if (f.wantsDeepAnalysis(lowerCaseWords)) {
            return true;
          }
        }
        return false;
      }

      @Override
      public boolean wantsParse(List<Token> tagged) {
        for (SentenceFilter f : all) {
          if (f.wantsParse(tagged)) {
            return true;
          }
        }
        return false;
      }
    };
  }
}
