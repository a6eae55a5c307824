package org.counterclaim.core.clean;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Tells English text from text in other languages by how many of its words are English function
 * words ("the", "of", "and", "said" …): English news prose has one in five or more, other
 * languages written in Latin letters hardly any, and texts in other scripts none.
 */
public final class EnglishText {

  private static final int MIN_WORDS = 12;
  private static final double MIN_SHARE = 0.12;

  private final Set<String> functionWords;

  /** Tells English by the function words of {@code clean/english-function-words.txt}. */
  public EnglishText(Vocabulary vocabulary) {
    this.functionWords = Objects.requireNonNull(vocabulary, "vocabulary")
        .words("clean/english-function-words.txt");
  }

  /** True unless {@code text} is clearly in another language (short texts count as English). */
  public boolean isEnglish(String text) {
    int words = 0;
    int english = 0;
    int latinLetters = 0;
    int otherLetters = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      english += functionWords.contains(w) ? 1 : 0;
      char c = w.charAt(0);
      if (c < 0x250) {
        latinLetters++;
      } else {
        otherLetters++;
      }
    }
    if (words < MIN_WORDS) {
      return true;
    }
    if (otherLetters > latinLetters) {
      return false;
    }
    return english >= MIN_SHARE * words;
  }
}
