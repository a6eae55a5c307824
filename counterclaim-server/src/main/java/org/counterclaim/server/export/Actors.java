package org.counterclaim.server.export;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * An incident's actors as ACLED names them: {@code actor1} the side that attacked, {@code actor2}
 * the side attacked, {@code assocActor} the other armed groups the reports hold responsible. The
 * rules are in docs/fields.md ("actor1, actor2, assoc_actor").
 */
record Actors(String actor1, String actor2, String assocActor) {

  /**
   * The actors of an incident with {@code armedGroups} held responsible (first one first) and
   * {@code victims} (the groups its figures are about) in {@code country} (a name, or null).
   */
  static Actors of(List<String> armedGroups, Set<VictimCategory> victims, String country) {
    String group = armedGroups.isEmpty() ? null : armedGroups.get(0);
    String assoc = armedGroups.size() > 1
        ? String.join("; ", armedGroups.subList(1, armedGroups.size())) : null;
    String attacked = victims.contains(VictimCategory.SECURITY_FORCES)
        ? forces("Military Forces", country)
        : victims.contains(VictimCategory.POLICE) ? forces("Police Forces", country)
        : victims.contains(VictimCategory.CIVILIANS) ? named("Civilians", country) : null;
    if (attacked == null && victims.contains(VictimCategory.MILITANTS)) {
      // the state's operation against an armed group
      return new Actors(forces("Military Forces", country),
          group != null ? group : named("Unidentified Armed Group", country), assoc);
    }
    return new Actors(group != null ? group
        : attacked != null ? named("Unidentified Armed Group", country) : null, attacked, assoc);
  }

  private static String forces(String kind, String country) {
    return country == null ? kind : kind + " of " + country;
  }

  private static String named(String kind, String country) {
    return country == null ? kind : kind + " (" + country + ")";
  }
}
