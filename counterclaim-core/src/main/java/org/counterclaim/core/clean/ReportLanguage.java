package org.counterclaim.core.clean;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Tells the language of a report's text, as an ISO 639-1 code ("en", "de", "ur"), or {@value
 * #UNKNOWN} when it cannot tell. English is told as before by its function words (one word in
 * eight or more of a Latin-script text; a text shorter than twelve words counts as English);
 * other languages written in Latin, Cyrillic or Arabic letters by their function words ({@code
 * clean/language-words.tsv}), those with a script of their own by the script ({@code
 * clean/language-scripts.tsv}). No model, no dependency: a few hundred words of data.
 */
public final class ReportLanguage {

  /** The code of English, the one language whose reports are read. */
  public static final String ENGLISH = "en";

  /** The code of a language that could not be told (ISO 639-2's "undetermined"). */
  public static final String UNKNOWN = "und";

  private static final int MIN_WORDS = 12;
  private static final double MIN_ENGLISH_SHARE = 0.12;
  private static final double MIN_OTHER_SHARE = 0.10;

  private final Set<String> english;
  private final Map<String, List<String>> words = new HashMap<>();
  private final Map<UnicodeScript, String> scripts = new EnumMap<>(UnicodeScript.class);

  /** Tells languages by the shipped (or extended) word and script lists of {@code vocabulary}. */
  public ReportLanguage(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    this.english = vocabulary.words("clean/english-function-words.txt");
    for (Vocabulary.Entry e : vocabulary.entries("clean/language-words.tsv")) {
      words.put(e.key(), List.of(Vocabulary.parse(e, c -> c.get(1)).split(",")));
    }
    for (Vocabulary.Entry e : vocabulary.entries("clean/language-scripts.tsv")) {
      scripts.put(UnicodeScript.valueOf(e.key()), Vocabulary.parse(e, c -> c.get(1)));
    }
  }

  /** The language of {@code text}: an ISO 639-1 code, or {@value #UNKNOWN}. */
  public String of(String text) {
    Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    text.codePoints().filter(Character::isLetter)
        .forEach(c -> letters.merge(UnicodeScript.of(c), 1, Integer::sum));
    UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(UnicodeScript.LATIN);
    if (main == UnicodeScript.HAN && (letters.containsKey(UnicodeScript.HIRAGANA)
        || letters.containsKey(UnicodeScript.KATAKANA))) {
      return "ja";
    }
    if (scripts.containsKey(main)) {
      return scripts.get(main);
    }
    int count = 0;
    int englishWords = 0;
    Map<String, Integer> other = new HashMap<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      count++;
      englishWords += english.contains(w) ? 1 : 0;
      for (String code : words.getOrDefault(w, List.of())) {
        other.merge(code, 1, Integer::sum);
      }
    }
    if (main == UnicodeScript.LATIN
        && (count < MIN_WORDS || englishWords >= MIN_ENGLISH_SHARE * count)) {
      return ENGLISH;
    }
    double least = MIN_OTHER_SHARE * count;
    return other.entrySet().stream()
        .filter(e -> e.getValue() >= least)
        .max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
        .map(Map.Entry::getKey).orElse(UNKNOWN);
  }
}
