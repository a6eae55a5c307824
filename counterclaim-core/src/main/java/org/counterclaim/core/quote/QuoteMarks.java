package org.counterclaim.core.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text inside quotation marks: “curly”, "straight", «guillemets» and
 * „low-high“. A quote left open at the end of a paragraph runs on when the next paragraph opens
 * with a quotation mark (the newspaper convention for long quotes); single ‘quotes’ count only
 * inside double ones.
 */
final class QuoteMarks {

  /** Quoted words at {@code start}..{@code end} (marks excluded), the marks at open and close. */
  record Marked(int open, int start, int end, int close) {}

  private static final int MIN_WORDS = 3;

  private QuoteMarks() {}

  static List<Marked> find(String text) {
    List<Marked> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char closer = closerOf(c);
      if (closer == 0 || !opensHere(text, i)) {
        i++;
        continue;
      }
      int close = closing(text, i + 1, c, closer);
      if (close < 0) {
        i++;
        continue;
      }
      int start = i + 1;
      int end = close;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (words(text, start, end) >= MIN_WORDS) {
        found.add(new Marked(i, start, end, close));
      }
      i = close + 1;
    }
    return found;
  }

  private static char closerOf(char c) {
    return switch (c) {
      case '“' -> '”';
      case '"' -> '"';
      case '«' -> '»';
      case '„' -> '“';
      default -> 0;
    };
  }

  /** An opening mark stands at the start of the text, after space, a dash or an opening bracket. */
  private static boolean opensHere(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    return Character.isWhitespace(before) || before == '(' || before == '—' || before == '-'
        || before == ':' || before == '[';
  }

  /**
   * The index of the closing mark, or -1. A paragraph break before it ends an unclosed quote
   * unless the next paragraph reopens it, in which case the quote runs on.
   */
  private static int closing(String text, int from, char open, char closer) {
    int k = from;
    while (k < text.length()) {
      char c = text.charAt(k);
      if (c == closer && (open != '"' || closesHere(text, k))) {
        return k;
      }
      if (c == '\n' && k + 1 < text.length() && paragraphBreak(text, k)) {
        int next = skipBlank(text, k);
        if (next < text.length() && text.charAt(next) == open) {
          // a long quote: "... (no closing mark)\n\n"... continues
          k = next + 1;
          continue;
        }
        return -1;
      }
      k++;
    }
    return -1;
  }

  /** A straight quote closes a quote when it is not followed by a letter or digit. */
  private static boolean closesHere(String text, int k) {
    return k + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(k + 1));
  }

  private static boolean paragraphBreak(String text, int k) {
    int j = k + 1;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '\n';
  }

  private static int skipBlank(String text, int k) {
    int j = k;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int words(String text, int start, int end) {
    int n = 0;
    boolean inWord = false;
    for (int k = start; k < end; k++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(k));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter;
    }
    return n;
  }
}
