package org.counterclaim.core.place;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How precisely a place locates an event, in the spirit of ACLED's geo_precision: a town (or
 * village), a district (second-level division), a province (first-level division), only a
 * country, or a region that is no division (Darfur, the Sahel, Europe, the Black Sea).
 */
public enum Precision {
  TOWN,
  DISTRICT,
  PROVINCE,
  COUNTRY,
  REGION;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
