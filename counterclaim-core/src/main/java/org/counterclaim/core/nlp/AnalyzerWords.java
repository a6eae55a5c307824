package org.counterclaim.core.nlp;

import java.util.Objects;
import java.util.Set;

/**
 * The English words the analyser itself needs, lower case: abbreviations that end with a stop
 * without ending a sentence ({@code nlp/abbreviations.txt}), number words ({@code
 * nlp/number-words.txt}) and multipliers ({@code nlp/number-multipliers.txt}). Built from the
 * vocabulary by whoever loads the analyser.
 */
public record AnalyzerWords(Set<String> abbreviations, Set<String> numberWords,
    Set<String> multipliers) {

  public AnalyzerWords {
    abbreviations = Set.copyOf(Objects.requireNonNull(abbreviations, "abbreviations"));
    numberWords = Set.copyOf(Objects.requireNonNull(numberWords, "numberWords"));
    multipliers = Set.copyOf(Objects.requireNonNull(multipliers, "multipliers"));
  }
}
