package org.counterclaim.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import org.counterclaim.core.json.Json;

/** Writes query results as JSON, and values as table cells show them. */
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
