package org.counterclaim.core.nlp;

import java.util.List;

/**
 * One sentence of a report. {@code start}/{@code end} are character offsets into the report text;
 * {@code paragraph} counts blank-line separated paragraphs from 0. {@code deep} tells whether
 * part-of-speech, lemma and entity tags were computed for its tokens.
 */
public record Sentence(
    int index,
    int paragraph,
    int start,
    int end,
    List<Token> tokens,
    List<NumberMention> numbers,
    boolean deep) {

  public Sentence {
    tokens = List.copyOf(tokens);
    numbers = List.copyOf(numbers);
  }

  /** The number mention that starts at token {@code i}, or null. */
  public NumberMention numberAt(int i) {
    for (NumberMention n : numbers) {
      if (n.from() == i) {
        return n;
      }
    }
    return null;
  }
}
