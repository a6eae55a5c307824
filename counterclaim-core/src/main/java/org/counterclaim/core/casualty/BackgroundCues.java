package org.counterclaim.core.casualty;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises sentences that report figures of other times ("last year 40 were killed", "since
 * January", "in 2014"): their figures are background, not claims about the incident reported.
 */
final class BackgroundCues {

  private final Pattern cues;

  /** The cues of {@code casualty/background-cues.txt} in {@code words}. */
  BackgroundCues(CasualtyVocabulary words) {
    this.cues = Pattern.compile(String.join("|", words.list("background-cues.txt")));
  }

  /** True when the sentence text speaks of another time than the incident's. */
  boolean isBackground(String sentenceText) {
    return cues.matcher(sentenceText.toLowerCase(Locale.ROOT)).find();
  }
}
