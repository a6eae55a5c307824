package org.counterclaim.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Parameters that may be null, set the same way in both dialects. */
final class Sql {

  private Sql() {}

  /**
   * Sets parameter {@code i} to {@code v}: a string, a number, a boolean (stored as 1 or 0) or
   * null.
   */
  static void set(PreparedStatement st, int i, Object v) throws SQLException {
    if (v == null) {
      st.setNull(i, Types.NULL);
    } else if (v instanceof Boolean b) {
      st.setInt(i, b ? 1 : 0);
    } else if (v instanceof Integer n) {
      st.setInt(i, n);
    } else if (v instanceof Long n) {
      st.setLong(i, n);
    } else if (v instanceof Double d) {
      st.setDouble(i, d);
    } else if (v instanceof String s) {
      st.setString(i, s);
    } else {
      throw new IllegalArgumentException("no SQL value for " + v.getClass().getSimpleName());
    }
  }

  /** The first line of an exception's message. */
  static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
