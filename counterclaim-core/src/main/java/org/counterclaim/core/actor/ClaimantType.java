package org.counterclaim.core.actor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What kind of party asserts a figure; actors in the registry use the same vocabulary. The
 * state's side is military, government and police (and the unnamed officials who speak for them);
 * an armed group is its own side; media, medical and humanitarian bodies, witnesses and others
 * are independent of both.
 */
public enum ClaimantType {
  STATE_MILITARY,
  STATE_GOVERNMENT,
  POLICE,
  ARMED_GROUP,
  MEDIA,
  OFFICIAL_UNNAMED,
  WITNESS,
  /** Hospitals, doctors and their networks, medics, ambulance and rescue services. */
  MEDICAL,
  /** UN bodies, the Red Cross and Red Crescent, aid agencies, rights groups and monitors. */
  HUMANITARIAN,
  OTHER;

  /** The lower-case name used in JSON and data files. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a label such as "state_military"; rejects unknown labels. */
  @JsonCreator
  public static ClaimantType fromLabel(String label) {
    for (ClaimantType t : values()) {
      if (t.label().equals(label)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown type '" + label + "'");
  }

  /** True for the state's side of a conflict: military, government and police. */
  public boolean isState() {
    return this == STATE_MILITARY || this == STATE_GOVERNMENT || this == POLICE;
  }
}
