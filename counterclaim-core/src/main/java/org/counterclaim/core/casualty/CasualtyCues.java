package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.SentenceFilter;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The casualty stage's cheap test of which sentences need the expensive analysis: one with a
 * digit that is not a date, a word of {@code casualty/cue-words.txt} or a word beginning with a
 * stem of {@code casualty/cue-stems.txt}. It asks for no parse.
 */
public final class CasualtyCues implements SentenceFilter {

  private static final Pattern DATE = Pattern.compile("\\d{1,4}([/.:-]\\d{1,4})+:?|(19|20)\\d\\d");

  private final Set<String> words;
  private final List<String> stems;

  /** The cues of {@code vocabulary}. */
  public CasualtyCues(Vocabulary vocabulary) {
    this.words = vocabulary.words("casualty/cue-words.txt");
    this.stems = List.copyOf(vocabulary.words("casualty/cue-stems.txt"));
  }

  @Override
  public boolean wantsDeepAnalysis(List<String> lowerCaseWords) {
    for (String w : lowerCaseWords) {
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        // "02/28/2016:", "14:30", "2016": a date or time, not a count
        if (!DATE.matcher(w).matches()) {
          return true;
        }
        continue;
      }
      if (words.contains(w)) {
        return true;
      }
      for (String stem : stems) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }
}
