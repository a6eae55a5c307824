package org.counterclaim.core.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes) read into rows
 * addressed by the header's column names.
 */
public final class CsvTable {

  private final Map<String, Integer> columns = new HashMap<>();
  private final List<List<String>> rows;

  private CsvTable(List<List<String>> all) {
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no header row");
    }
    List<String> header = all.get(0);
    for (int i = 0; i < header.size(); i++) {
      columns.put(header.get(i).strip(), i);
    }
    rows = all.subList(1, all.size());
  }

  /** Parses CSV text. */
  public static CsvTable parse(String text) {
    List<List<String>> all = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        all.add(row);
        row = new ArrayList<>();
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      all.add(row);
    }
    return new CsvTable(all);
  }

  /** True when the header names this column. */
  public boolean hasColumn(String name) {
    return columns.containsKey(name);
  }

  /** The number of data rows. */
  public int size() {
    return rows.size();
  }

  /** The value of {@code column} in data row {@code row}; empty when the row is short. */
  public String get(int row, String column) {
    Integer i = columns.get(column);
    if (i == null) {
      throw new IllegalArgumentException("no column '" + column + "'");
    }
    List<String> r = rows.get(row);
    return i < r.size() ? r.get(i) : "";
  }
}
