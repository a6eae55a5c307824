package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a figure is a figure of: the incident the report is about ({@code incident}), a part of
 * another figure of the same sentence ({@code part}: "including five women", "six of them in the
 * hospital"), or another time or a whole conflict ({@code background}: "last year 40 were
 * killed", "since 2011"). Only incident figures make a report's totals and an incident's figures.
 */
public enum ClaimScope {
  INCIDENT,
  PART,
  BACKGROUND;

  /** The lower-case name used in JSON and in the ledger. */
  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a label such as "part"; rejects unknown labels. */
  @JsonCreator
  public static ClaimScope fromLabel(String label) {
    for (ClaimScope s : values()) {
      if (s.label().equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown scope '" + label + "'");
  }
}
