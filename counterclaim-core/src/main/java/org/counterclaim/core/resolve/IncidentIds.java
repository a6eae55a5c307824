package org.counterclaim.core.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Ids for a new grouping of reports into incidents: an incident keeps the id of the old incident
 * that shared most reports with it, so ids stay stable as reports arrive; ids are never reused.
 */
public final class IncidentIds {

  private IncidentIds() {}

  /** The ids of the groups, in group order, and the counter after the last new id. */
  public record Assigned(List<String> ids, long counter) {

    public Assigned {
      ids = List.copyOf(ids);
    }
  }

  /**
   * An id for each of {@code groups}: the old id (from {@code oldIncidentOf}, report key to
   * incident id) of the incident that shared most reports with it, each old id at most once,
   * largest overlaps first; else a new one, "I" and the next number after {@code counter}.
   */
  public static Assigned assign(List<IncidentClusterer.ReportGroup> groups,
      Map<String, String> oldIncidentOf, long counter) {
    record Overlap(int group, String id, int shared) {}
    List<Overlap> overlaps = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Map<String, Integer> count = new TreeMap<>();
      for (String key : groups.get(g).reports()) {
        String old = oldIncidentOf.get(key);
        if (old != null) {
          count.merge(old, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : count.entrySet()) {
        overlaps.add(new Overlap(g, e.getKey(), e.getValue()));
      }
    }
    overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.shared())
        .thenComparing(o -> number(o.id())).thenComparingInt(Overlap::group));
    String[] ids = new String[groups.size()];
    Set<String> taken = new HashSet<>();
    for (Overlap o : overlaps) {
      if (ids[o.group()] == null && taken.add(o.id())) {
        ids[o.group()] = o.id();
      }
    }
    long next = counter;
    for (int g = 0; g < ids.length; g++) {
      if (ids[g] == null) {
        ids[g] = "I" + (++next);
      }
    }
    return new Assigned(List.of(ids), next);
  }

  private static long number(String id) {
    try {
      return Long.parseLong(id.substring(1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Long.MAX_VALUE;
    }
  }
}
