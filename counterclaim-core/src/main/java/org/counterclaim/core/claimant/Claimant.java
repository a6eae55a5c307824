package org.counterclaim.core.claimant;

import java.util.Objects;
import org.counterclaim.core.actor.ClaimantType;

/** Who asserts a figure: a name as the report gives it (or the registry's canonical name). */
public record Claimant(String name, ClaimantType type) {
  public Claimant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
