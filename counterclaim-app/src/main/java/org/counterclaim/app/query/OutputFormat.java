package org.counterclaim.app.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.counterclaim.app.cli.UserError;

/** How a query command writes what it found: the one reading of every `--format`. */
enum OutputFormat {
  TABLE, CSV, JSON, GEOJSON;

  /**
   * The format {@code given} names, case ignored, if it is one of {@code allowed}; else a user
   * error listing them ("--format must be table, csv or json, not 'xml'").
   */
  static OutputFormat parse(String given, OutputFormat... allowed) {
    for (OutputFormat f : allowed) {
      if (f.name().equalsIgnoreCase(given)) {
        return f;
      }
    }
    List<String> names = Arrays.stream(allowed)
        .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    int last = names.size() - 1;
    String list = last == 0 ? names.get(0)
        : String.join(", ", names.subList(0, last)) + " or " + names.get(last);
    throw new UserError("--format must be " + list + ", not '" + given + "'");
  }
}
