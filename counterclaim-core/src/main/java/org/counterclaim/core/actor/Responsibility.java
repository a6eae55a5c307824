package org.counterclaim.core.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import org.counterclaim.core.report.Span;

/**
 * Who a report says was behind an attack: the actor that claimed it, was blamed for it, or denied
 * it. {@code actor} is the registry id (null for an organisation the registry does not know);
 * {@code evidence} is the sentence.
 */
public record Responsibility(
    @JsonInclude(JsonInclude.Include.ALWAYS) String actor,
    String name,
    Stance stance,
    Span evidence) {

  public Responsibility {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** What the report says of the actor's part in the attack. */
  public enum Stance {
    CLAIMED,
    BLAMED,
    DENIED;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
