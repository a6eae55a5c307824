package org.counterclaim.core.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The words by which reports are compared for grouping: the words of a text, lower case and
 * without a possessive "'s", leaving out one-letter words and the stop words of {@code
 * resolve/stopwords.txt} (words too common to say which incident a report is about). Names
 * (capitalised words inside a sentence) count twice.
 */
public final class ReportWords {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*[\\p{L}]|\\d+");

  private final Set<String> stopwords;

  /** Words that leave out the stop words of {@code vocabulary}. */
  public ReportWords(Vocabulary vocabulary) {
    this.stopwords = Objects.requireNonNull(vocabulary, "vocabulary")
        .words("resolve/stopwords.txt");
  }

  /** How often {@code text} uses each of its words; names (capitalised inside a sentence) twice. */
  public Map<String, Double> counts(String text) {
    Map<String, Double> counts = new HashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String word = m.group();
      String term = word.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (term.endsWith("'s")) {
        term = term.substring(0, term.length() - 2);
      }
      if (term.length() < 2 || stopwords.contains(term)) {
        continue;
      }
      boolean name = Character.isUpperCase(word.charAt(0)) && !sentenceStart(text, m.start());
      counts.merge(term, name ? 2.0 : 1.0, Double::sum);
    }
    return counts;
  }

  /** The distinct words of {@code text}. */
  public Set<String> terms(String text) {
    return counts(text).keySet();
  }

  private static boolean sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '“' || c == '\'' || c == '‘') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '—';
    }
    return true;
  }
}
