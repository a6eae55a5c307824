package org.counterclaim.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import org.counterclaim.core.json.Json;

/** Writes query results as JSON or CSV. */
final class Rows {

  private Rows() {}

  /** {@code rows} (a list, or one value) as pretty-printed JSON. */
  static void json(PrintWriter out, Object rows) {
    try {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4180: a header, CRLF lines, fields quoted when they hold a comma, quote or break. */
  static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
    out.print(String.join(",", header) + "\r\n");
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        String v = cells.get(i) == null ? "" : cells.get(i);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
        line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
      }
      out.print(line + "\r\n");
    }
  }

  /**
   * A value as CSV and table cells show it: a vocabulary constant by its lower-case label, a
   * date in ISO form, a list joined by "; ", null as null.
   */
  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return e.name().toLowerCase(java.util.Locale.ROOT);
    }
    if (value instanceof List<?> list) {
      return String.join("; ", list.stream().map(Rows::text).toList());
    }
    return value.toString();
  }

  /** A value for a table cell: "-" for none, cut to {@code width} characters. */
  static String cell(Object value, int width) {
    String s = text(value);
    String v = s == null ? "-" : s;
    return v.length() <= width ? v : v.substring(0, width - 1) + "…";
  }
}
