package org.counterclaim.core.claimant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of party asserts a figure; actors in the registry use the same vocabulary. */
public enum ClaimantType {
  STATE_MILITARY,
  STATE_GOVERNMENT,
  POLICE,
  ARMED_GROUP,
  MEDIA,
  OFFICIAL_UNNAMED,
  WITNESS,
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
