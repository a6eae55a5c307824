package org.counterclaim.core.actor;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the actor registry: a canonical name, the other names it goes by, its type, the
 * country it belongs to (ISO 3166 alpha-2, null for transnational actors) and its parent's id.
 */
public record Actor(
    String id,
    String name,
    ClaimantType type,
    List<String> aliases,
    String country,
    String parent) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
