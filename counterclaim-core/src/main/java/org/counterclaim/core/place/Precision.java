package org.counterclaim.core.place;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How precisely a place locates an event, in the spirit of ACLED's geo_precision: a town (or
 * village), a district (second-level division), a province (first-level division), only a
 * country, a region that is no division (Darfur, the Sahel, Europe, the Black Sea) — or
 * {@link #UNRESOLVED}: a place the text names as one ("the village of Kuchi", "Bakara market",
 * "Akobo County") that the gazetteer does not know, so it has a name but no point. It comes last
 * so that, among places listed most precise first, those with a point lead.
 */
public enum Precision {
  TOWN,
  DISTRICT,
  PROVINCE,
  COUNTRY,
  REGION,
  /** Named by the text as a place, unknown to the gazetteer: no point, no divisions. */
  UNRESOLVED;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
