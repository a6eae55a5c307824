package org.counterclaim.server.export;

import java.util.Locale;

/**
 * The columns of the incidents export, in order: the CSV header and the GeoJSON properties alike.
 * Each is documented in docs/fields.md; a missing value is empty in CSV and null in GeoJSON.
 */
public enum IncidentColumn {
  EVENT_ID,
  EVENT_DATE,
  DATE_START,
  DATE_END,
  DATE_FROM,
  YEAR,
  COUNTRY,
  ISO3,
  COUNTRY_CODE,
  ADMIN1,
  ADMIN2,
  LOCATION,
  LATITUDE,
  LONGITUDE,
  GEO_PRECISION,
  PRECISION,
  SITES,
  EVENT_TYPE,
  SUB_EVENT_TYPE,
  ACTOR1,
  ASSOC_ACTOR,
  ACTOR2,
  ARMED_GROUPS,
  VICTIMS,
  DEATHS_A,
  DEATHS_B,
  DEATHS_CIVILIANS,
  DEATHS_UNKNOWN,
  DEATHS_LOW,
  DEATHS_BEST,
  DEATHS_HIGH,
  DEATHS_HIGH_OPEN,
  INJURED_LOW,
  INJURED_BEST,
  INJURED_HIGH,
  INJURED_HIGH_OPEN,
  ABDUCTED_LOW,
  ABDUCTED_BEST,
  ABDUCTED_HIGH,
  ABDUCTED_HIGH_OPEN,
  CONTESTED,
  CLAIMS,
  CLAIMANTS,
  SOURCES,
  SOURCE_COUNT,
  REPORTS,
  REPORT_COUNT,
  NOTES;

  /** The column's name in CSV and GeoJSON: its lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
