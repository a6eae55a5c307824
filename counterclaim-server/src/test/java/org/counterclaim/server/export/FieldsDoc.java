package org.counterclaim.server.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables of docs/fields.md, the one list of the outputs' names. */
final class FieldsDoc {

  private final List<String> lines;

  private FieldsDoc(List<String> lines) {
    this.lines = lines;
  }

  static FieldsDoc read() throws IOException {
    return new FieldsDoc(Files.readAllLines(Path.of("../docs/fields.md")));
  }

  /** The rows of the first table under {@code heading}: first cell (unquoted) to all cells. */
  Map<String, List<String>> table(String heading) {
    int at = lines.indexOf(heading);
    if (at < 0) {
      throw new IllegalArgumentException("docs/fields.md has no heading '" + heading + "'");
    }
    Map<String, List<String>> rows = new LinkedHashMap<>();
    boolean in = false;
    for (String line : lines.subList(at + 1, lines.size())) {
      if (line.startsWith("|")) {
        in = true;
        List<String> cells = new ArrayList<>();
        for (String c : line.substring(1, line.length() - 1).split("\\|", -1)) {
          cells.add(c.strip());
        }
        if (cells.get(0).startsWith("`")) {
          rows.put(cells.get(0).replace("`", ""), cells);
        }
      } else if (in) {
        break;
      }
    }
    return rows;
  }

  /** The names in a cell: each `quoted` word. */
  static List<String> quoted(String cell) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`]+)`").matcher(cell);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
