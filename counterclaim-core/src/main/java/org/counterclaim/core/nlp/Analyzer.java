package org.counterclaim.core.nlp;

/**
 * Splits a text into sentences and tokens, normalises numbers, and tags candidate sentences with
 * parts of speech, lemmas and named entities. Implementations are loaded once per process.
 */
public interface Analyzer {

  /** Analyses {@code text}; never returns null, and every offset is into {@code text}. */
  AnalyzedText analyze(String text);
}
