package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a report inside quotation marks, paragraph by paragraph: a quote opened and
 * closed within its paragraph (curly marks nest; straight marks pair in turn; a doubled single
 * mark, as machine translation writes it, counts as a double one). A mark never closed in its
 * paragraph opens no stretch. A reporting verb inside a quote is the quoted speaker's words
 * ("social media claiming that …" inside the colonel's quote), not a source of the report's.
 */
final class Quotations {

  private final List<int[]> spans = new ArrayList<>();

  private Quotations() {}

  /** The quoted stretches of {@code text}. */
  static Quotations of(String text) {
    Quotations q = new Quotations();
    boolean lines = Paragraphs.linesAreParagraphs(text);
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length() || text.charAt(i) == '\n'
          && (lines || blankLineAt(text, i));
      if (end) {
        q.read(text, from, i);
        from = i + 1;
      }
    }
    return q;
  }

  /** True when offset {@code at} lies inside a quotation. */
  boolean inside(int at) {
    for (int[] s : spans) {
      if (at > s[0] && at < s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean blankLineAt(String text, int newline) {
    for (int k = newline + 1; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private void read(String text, int from, int to) {
    List<Integer> open = new ArrayList<>();
    int straight = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char next = i + 1 < to ? text.charAt(i + 1) : ' ';
      boolean single = c == '\'' || c == '’' || c == '‘';
      if (c == '“' || c == '`' && next == '`' || c == '‘' && next == '‘') {
        open.add(i);
        i += c == '“' ? 0 : 1;
      } else if (c == '”' || single && (next == '\'' || next == '’')) {
        if (!open.isEmpty()) {
          spans.add(new int[] {open.remove(open.size() - 1), i});
        }
        i += c == '”' ? 0 : 1;
      } else if (c == '"') {
        if (straight < 0) {
          straight = i;
        } else {
          spans.add(new int[] {straight, i});
          straight = -1;
        }
      }
    }
  }
}
