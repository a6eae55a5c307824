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

  /** The text of tokens {@code from}..{@code to} (exclusive) with the original spacing between them. */
  public static String join(java.util.List<Token> tokens, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (k > from && t.start() > tokens.get(k - 1).end()) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.toString();
  }

  /** The text of all {@code tokens} with the original spacing between them. */
  public static String join(java.util.List<Token> tokens) {
    return join(tokens, 0, tokens.size());
  }

  /** True when the part-of-speech tag starts with the given prefix (e.g. "VB", "NN"). */
  public boolean posStartsWith(String prefix) {
    return pos.startsWith(prefix);
  }
}
