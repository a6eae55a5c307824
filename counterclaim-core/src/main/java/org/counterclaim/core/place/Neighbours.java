package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Places a report names together lie together: for each reading of a name, how many of the
 * report's other names have a reading near it.
 */
final class Neighbours {

  private static final double NEIGHBOUR_KM = 150;

  private Neighbours() {}

  /**
   * For every candidate of the open names, how many other names have a reading near it: a town
   * or district within {@value #NEIGHBOUR_KM} km, or a province that holds it.
   */
  static Map<GeoName, Integer> count(List<Mention> mentions,
      java.util.Collection<List<Integer>> open) {
    List<List<GeoName>> senses = new ArrayList<>();
    for (List<Integer> group : open) {
      Mention m = mentions.get(group.get(0));
      if (!m.loose() && m.candidates().size() <= 60) {
        senses.add(m.candidates());
      }
    }
    Map<GeoName, Integer> count = new java.util.HashMap<>();
    if (senses.size() < 2) {
      return count;
    }
    for (int a = 0; a < senses.size(); a++) {
      for (GeoName g : senses.get(a)) {
        if (g.precision() == Precision.COUNTRY) {
          continue;
        }
        int n = 0;
        for (int b = 0; b < senses.size(); b++) {
          if (b != a && senses.get(b).stream().anyMatch(o -> o != g && near(g, o))) {
            n++;
          }
        }
        if (n > 0) {
          count.merge(g, n, Math::max);
        }
      }
    }
    return count;
  }

  private static boolean near(GeoName g, GeoName o) {
    if (o.precision() == Precision.COUNTRY || o.precision() == Precision.REGION
        || g.precision() == Precision.REGION) {
      return false;
    }
    if (o.precision() == Precision.PROVINCE || g.precision() == Precision.PROVINCE) {
      return g.country().equals(o.country()) && g.admin1().equals(o.admin1());
    }
    return g.kilometresTo(o.lat(), o.lon()) <= NEIGHBOUR_KM;
  }
}
