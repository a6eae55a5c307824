package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What happened to the victims of a claim. */
public enum Outcome {
  KILLED,
  INJURED,
  ABDUCTED,
  ARRESTED,
  MISSING;

  /** The lower-case name used in JSON and on the command line. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
