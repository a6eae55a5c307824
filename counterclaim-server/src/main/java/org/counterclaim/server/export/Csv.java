package org.counterclaim.server.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * RFC 4180 CSV: a header, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break; a null value is an empty field (never 0).
 */
public final class Csv {

  private Csv() {}

  /** Writes {@code header} and then each row of {@code rows} to {@code out}. */
  public static void write(Appendable out, List<String> header,
      Iterable<? extends List<?>> rows) {
    try {
      line(out, header);
      for (List<?> row : rows) {
        line(out, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void line(Appendable out, List<?> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append("\r\n");
  }

  /** One value as a field: empty for null, quoted when it must be. */
  static String field(Object value) {
    String v = value == null ? "" : value.toString();
    boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0;
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
