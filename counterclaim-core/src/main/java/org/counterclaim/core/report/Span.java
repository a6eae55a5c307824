package org.counterclaim.core.report;

/**
 * A stretch of a report's text: {@code start} and {@code end} are character (UTF-16) offsets into
 * the report text, {@code end} exclusive, and {@code text} equals {@code text.substring(start, end)}.
 */
public record Span(int start, int end, String text) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The span of {@code source} between the two offsets. */
  public static Span of(String source, int start, int end) {
    return new Span(start, end, source.substring(start, end));
  }
}
