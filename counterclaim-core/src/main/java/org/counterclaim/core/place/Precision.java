package org.counterclaim.core.place;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How precisely a place locates an event, in the spirit of ACLED's geo_precision: a town (or
 * village), a district (second-level division), a province (first-level division) or only a
 * country.
 */
public enum Precision {
  TOWN,
  DISTRICT,
  PROVINCE,
  COUNTRY;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
