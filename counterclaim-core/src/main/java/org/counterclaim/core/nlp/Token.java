package org.counterclaim.core.nlp;

import java.util.Locale;

/**
 * One token of a report. {@code start}/{@code end} are character offsets into the report text.
 * {@code pos} and {@code lemma} are empty and {@code entity} is NONE for tokens of sentences that
 * were not deeply analysed.
 */
public record Token(String text, int start, int end, String pos, String lemma, EntityType entity) {

  /** The token's text in lower case (root locale). */
  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  /** True when the part-of-speech tag starts with the given prefix (e.g. "VB", "NN"). */
  public boolean posStartsWith(String prefix) {
    return pos.startsWith(prefix);
  }
}
