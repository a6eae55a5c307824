package org.counterclaim.core.nlp;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scraped and hastily typed pages run sentences together: "…at the checkpoint.Two gunmen…",
 * "…the source added.The Taliban…". This finds such a stop — after a lower-case word, right before
 * a capitalised word — and marks it as a sentence break for the analyser, in a copy of the text of
 * the same length, so that every offset still points into the original. An abbreviation before the
 * stop ("Gen.Raheel", "Dr.Khan", "St.Louis") is no sentence end.
 */
public final class GluedSentences {

  private static final Pattern GLUED = Pattern.compile("(\\p{L}{2,})[.!?](?=\\p{Lu}\\p{Ll})");

  private final Set<String> abbreviations;

  /** Breaks glued sentences, knowing {@code abbreviations} (lower case, without the stop). */
  public GluedSentences(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(Objects.requireNonNull(abbreviations, "abbreviations"));
  }

  /**
   * {@code text} with each glued stop replaced by a line break (which ends a sentence for the
   * analyser); the same text when there is none.
   */
  public String breakApart(String text) {
    Matcher m = GLUED.matcher(text);
    StringBuilder out = null;
    while (m.find()) {
      String word = m.group(1);
      if (!Character.isLowerCase(word.charAt(word.length() - 1))
          || abbreviations.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      out.setCharAt(m.end(1), '\n');
    }
    return out == null ? text : out.toString();
  }
}
