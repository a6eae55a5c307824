package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Who the victims of a claim are; {@code PEOPLE} when the report does not say. */
public enum VictimCategory {
  SECURITY_FORCES,
  POLICE,
  MILITANTS,
  CIVILIANS,
  PEOPLE;

  /** The lower-case name used in JSON. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the state's armed services, police included. */
  public boolean isStateForces() {
    return this == SECURITY_FORCES || this == POLICE;
  }
}
