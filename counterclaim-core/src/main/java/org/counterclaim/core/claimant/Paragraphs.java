package org.counterclaim.core.claimant;

import java.util.List;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;

/**
 * Which paragraph each sentence of a report is in. Where the text separates paragraphs by blank
 * lines, a single line break is inside a paragraph (a list, a signature block); a text without any
 * blank line — one paragraph per line, as pages, feeds and wire copy often come — has one
 * paragraph per line.
 */
final class Paragraphs {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  private Paragraphs() {}

  /** True when {@code text} has no blank line, so that each of its lines is a paragraph. */
  static boolean linesAreParagraphs(String text) {
    return !BLANK_LINE.matcher(text).find();
  }

  /** The paragraph of each sentence of {@code text}, by sentence index, counted from 0. */
  static int[] of(AnalyzedText text) {
    List<Sentence> sentences = text.sentences();
    int[] paragraph = new int[sentences.size()];
    boolean byBlankLines = !linesAreParagraphs(text.text());
    int line = 0;
    int at = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (byBlankLines) {
        paragraph[i] = s.paragraph();
        continue;
      }
      int start = Math.min(s.start(), text.text().length());
      for (; at < start; at++) {
        if (text.text().charAt(at) == '\n') {
          line++;
        }
      }
      paragraph[i] = line;
    }
    return paragraph;
  }
}
