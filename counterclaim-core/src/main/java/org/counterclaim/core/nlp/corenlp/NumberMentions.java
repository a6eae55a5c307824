package org.counterclaim.core.nlp.corenlp;

import edu.stanford.nlp.ie.NumberNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.AnalyzerWords;
import org.counterclaim.core.nlp.NumberMention;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the numbers of a sentence: runs of number tokens ("two hundred and fifty", "1.2
 * million", "twenty-three", "1,200"), each with its value, read with CoreNLP's number normaliser.
 * Number words and multipliers are given ({@link AnalyzerWords}).
 */
final class NumberMentions {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+(\\.\\d+)?");

  private final Set<String> numberWords;
  private final Set<String> multipliers;

  /** Reads numbers with the number words and multipliers of {@code words}. */
  NumberMentions(AnalyzerWords words) {
    Objects.requireNonNull(words, "words");
    this.numberWords = words.numberWords();
    this.multipliers = words.multipliers();
  }

  /** The number mentions of {@code tokens}, in order; runs that are no number are left out. */
  List<NumberMention> find(List<Token> tokens) {
    List<NumberMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!isNumberToken(tokens.get(i).lower())) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()) {
        String w = tokens.get(j).lower();
        if (multipliers.contains(w)
            || (isNumberWord(w) && isNumberWord(tokens.get(j - 1).lower()))) {
          j++;
        } else if (w.equals("and")
            && j + 1 < tokens.size()
            && multipliers.contains(tokens.get(j - 1).lower())
            && isNumberWord(tokens.get(j + 1).lower())) {
          j += 2;
        } else {
          break;
        }
      }
      Long value = normalise(tokens.subList(i, j));
      if (value != null) {
        found.add(new NumberMention(i, j, value));
      }
      i = j;
    }
    return found;
  }

  private boolean isNumberToken(String w) {
    return DIGITS.matcher(w).matches() || isNumberWord(w);
  }

  private boolean isNumberWord(String w) {
    if (numberWords.contains(w)) {
      return true;
    }
    int dash = w.indexOf('-');
    return dash > 0
        && numberWords.contains(w.substring(0, dash))
        && numberWords.contains(w.substring(dash + 1));
  }

  private static Long normalise(List<Token> run) {
    StringBuilder phrase = new StringBuilder();
    for (Token t : run) {
      if (phrase.length() > 0) {
        phrase.append(' ');
      }
      phrase.append(t.lower());
    }
    try {
      Number n = NumberNormalizer.wordToNumber(phrase.toString());
      if (n == null) {
        return null;
      }
      double d = n.doubleValue();
      if (d < 0 || d > 1e12 || d != Math.rint(d)) {
        return null;
      }
      return (long) d;
    } catch (RuntimeException e) {
      // wordToNumber signals "not a number" with NumberFormatException; such runs are not numbers.
      return null;
    }
  }
}
