package org.counterclaim.core.nlp;

import java.util.List;

/** A report's text split into sentences and tokens, with deep tags on candidate sentences. */
public record AnalyzedText(String text, List<Sentence> sentences) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
  }
}
