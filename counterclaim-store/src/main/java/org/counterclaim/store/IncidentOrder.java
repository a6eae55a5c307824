package org.counterclaim.store;

import java.util.Locale;

/** The orders an incident list can be read in; each ends on the incident's date and id. */
public enum IncidentOrder {
  /** Newest event first (undated incidents last). */
  DATE("i.sort_key DESC"),
  /** Most best deaths first (incidents without deaths last), then newest. */
  DEATHS("COALESCE(i.deaths_best, -1) DESC, i.sort_key DESC"),
  /** Most recently changed first, then newest. */
  UPDATED("i.updated_at DESC, i.sort_key DESC");

  private final String sql;

  IncidentOrder(String sql) {
    this.sql = sql;
  }

  /** The lower-case name used in the API and on the command line. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code key} is a key a page in this order gives for the next: an incident's date and
   * id for {@link #DATE}, how many incidents came before for the others.
   */
  public boolean isKey(String key) {
    return this == DATE ? key.matches("\\d{4}-\\d{2}-\\d{2} \\S+") : key.matches("\\d{1,9}");
  }

  /** The ORDER BY terms over incidents {@code i}. */
  String sql() {
    return sql;
  }
}
