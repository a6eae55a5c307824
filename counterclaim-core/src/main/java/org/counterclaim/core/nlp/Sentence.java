package org.counterclaim.core.nlp;

import java.util.ArrayList;
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
    boolean deep,
    List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    numbers = List.copyOf(numbers);
    dependencies = List.copyOf(dependencies);
    if (!dependencies.isEmpty() && dependencies.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "a parse needs one link per token: " + dependencies.size() + " for " + tokens.size());
    }
  }

  /** A sentence that was not parsed. */
  public Sentence(int index, int paragraph, int start, int end, List<Token> tokens,
      List<NumberMention> numbers, boolean deep) {
    this(index, paragraph, start, end, tokens, numbers, deep, List.of());
  }

  /** True when the sentence has a dependency parse. */
  public boolean parsed() {
    return !dependencies.isEmpty();
  }

  /** The head of token {@code i} in the parse ({@code -1} for the root or when not parsed). */
  public int head(int i) {
    return parsed() ? dependencies.get(i).head() : -1;
  }

  /** The relation of token {@code i} to its head ("" when not parsed). */
  public String relation(int i) {
    return parsed() ? dependencies.get(i).relation() : "";
  }

  /** The tokens whose head is token {@code i}, in order. */
  public List<Integer> children(int i) {
    List<Integer> found = new ArrayList<>();
    for (int k = 0; k < dependencies.size(); k++) {
      if (dependencies.get(k).head() == i) {
        found.add(k);
      }
    }
    return found;
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
