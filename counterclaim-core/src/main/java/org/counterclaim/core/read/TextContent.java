package org.counterclaim.core.read;

import java.util.Locale;

/** Checks and normalisation shared by the readers: what counts as text, and its line endings. */
final class TextContent {

  private TextContent() {}

  /** True when the bytes contain a NUL, or more than 10% control characters besides \n\r\t\f. */
  static boolean isBinary(byte[] bytes) {
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
      if (isControl(b & 0xff)) {
        controls++;
      }
    }
    return controls * 10L > bytes.length;
  }

  /** {@link #isBinary(byte[])} for decoded text. */
  static boolean isBinary(CharSequence text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (isControl(c)) {
        controls++;
      }
    }
    return controls * 10L > text.length();
  }

  private static boolean isControl(int c) {
    return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f;
  }

  /** The text without a leading byte-order mark, with \r\n and lone \r turned into \n. */
  static String normalise(String text) {
    String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** "too large (52,428,800 bytes; the limit is 5,000,000)". */
  static String tooLarge(long bytes, long limit) {
    return String.format(Locale.ROOT, "too large (%,d bytes; the limit is %,d)", bytes, limit);
  }

  /** "too large (more than 5,000,000 bytes; the limit is 5,000,000)". */
  static String tooLargeUnknownSize(long limit) {
    return String.format(
        Locale.ROOT, "too large (more than %,d bytes; the limit is %,d)", limit, limit);
  }

  /** The first line of a failure's message, for a one-line problem. */
  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
