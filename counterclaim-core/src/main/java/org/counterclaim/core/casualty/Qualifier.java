package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a count was qualified in the text; see docs/json-format.md for the rule table. */
public enum Qualifier {
  EXACT,
  AT_LEAST,
  MORE_THAN,
  NEARLY,
  ABOUT,
  UP_TO,
  LESS_THAN,
  BETWEEN,
  VAGUE,
  /** A party saying none were: "suffered no casualties", "no one was hurt" (0..0). */
  DENIAL;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
