package org.counterclaim.server.export;

import java.util.Locale;

/**
 * The columns of the claims export, in order, each documented in docs/fields.md; a missing value
 * is empty.
 */
public enum ClaimColumn {
  INCIDENT_ID,
  REPORT,
  PUBLISHED,
  PUBLISHER,
  OUTCOME,
  VICTIMS,
  LOW,
  HIGH,
  HIGH_OPEN,
  QUALIFIER,
  SCOPE,
  CLAIMANT,
  CLAIMANT_TYPE,
  RELAYED_BY,
  EVENT_PLACES,
  EVIDENCE;

  /** The column's name in CSV: its lower-case name. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
