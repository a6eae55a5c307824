package org.counterclaim.core.reconcile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.claimant.Claimant;

/**
 * The party each claimant speaks for, so that one party's voices are one claimant: a registered
 * actor stands for the top of its family (ISPR and the Frontier Corps for the Pakistan Army); a
 * voice of the state named without a registered name ("the military", "military's media wing",
 * "police", a police officer) for that branch of the state of the incident's country — the
 * country's registered head of that branch when it has one, so "the military" of a Pakistani
 * incident is the Pakistan Army — and the police of two countries are two parties. Other claimants
 * are parties by their name, compared without case or a leading article. Unnamed officials and
 * witnesses are no party of their own (the reconciler keeps them apart by outlet).
 */
public final class ClaimantParties {

  private final ActorRegistry registry;
  private final Map<String, Optional<Actor>> branches = new ConcurrentHashMap<>();

  /** Parties read from the actors of {@code registry}. */
  public ClaimantParties(ActorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The parties of the shipped actor registry. */
  public static ClaimantParties shipped() {
    return new ClaimantParties(ActorRegistry.shipped());
  }

  /**
   * The party of {@code who} in an incident in {@code country} (ISO 3166 alpha-2, null when not
   * known); null for no claimant.
   */
  public Party of(Claimant who, String country) {
    if (who == null) {
      return null;
    }
    Optional<Actor> actor = registry.lookup(who.name());
    if (actor.isPresent()) {
      Actor top = top(actor.get());
      return new Party("actor:" + top.id(), top.name());
    }
    ClaimantType type = who.type();
    boolean state = type == ClaimantType.STATE_MILITARY || type == ClaimantType.STATE_GOVERNMENT
        || type == ClaimantType.POLICE;
    if (state && country != null) {
      Optional<Actor> branch = branches.computeIfAbsent(type.label() + ":" + country,
          k -> branch(type, country));
      if (branch.isPresent()) {
        return new Party("actor:" + branch.get().id(), branch.get().name());
      }
      return new Party(type.label() + ":" + country, type.label().replace('_', ' ') + " ("
          + country + ")");
    }
    return new Party(type.label() + ":" + normalised(who.name()), who.name());
  }

  /** The actor at the top of {@code a}'s family (itself when it has no parent). */
  private Actor top(Actor a) {
    Set<String> seen = new HashSet<>();
    Actor at = a;
    while (at.parent() != null && seen.add(at.id())) {
      Optional<Actor> parent = registry.byId(at.parent());
      if (parent.isEmpty()) {
        break;
      }
      at = parent.get();
    }
    return at;
  }

  /**
   * The registered actor at the top of the state's {@code type} branch in {@code country}: the
   * only one, or of several the one the most registered voices belong to (the army, not the
   * Levies); none when several are alike (a country's provincial police forces).
   */
  private Optional<Actor> branch(ClaimantType type, String country) {
    Map<Actor, Long> tops = new HashMap<>();
    registry.all().stream()
        .filter(a -> a.type() == type && country.equals(a.country()) && a.parent() == null)
        .forEach(a -> tops.put(a, members(a)));
    List<Actor> ranked = tops.keySet().stream()
        .sorted(Comparator.comparing(tops::get).reversed()).toList();
    if (ranked.size() == 1
        || ranked.size() > 1 && tops.get(ranked.get(0)) > tops.get(ranked.get(1))) {
      return Optional.of(ranked.get(0));
    }
    return Optional.empty();
  }

  /** How many registered actors have {@code a} at the top of their family. */
  private long members(Actor a) {
    return registry.all().stream().filter(o -> o != a && top(o).id().equals(a.id())).count();
  }

  /** A name as parties compare it: lower case, without a leading article. */
  static String normalised(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (String article : new String[] {"the ", "a ", "an "}) {
      if (n.startsWith(article)) {
        return n.substring(article.length()).strip();
      }
    }
    return n;
  }
}
