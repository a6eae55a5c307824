package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report has named so far, as the resolver reads it: countries, provinces and places, each
 * with a weight, and the countries the report is about.
 */
final class ReportContext {

  private static final double NEAR_KM = 250;

  private final Map<String, Double> countries = new HashMap<>();
  private final Map<String, Double> provinces = new HashMap<>();
  private final List<GeoName> places = new ArrayList<>();
  /**
   * The countries the report is about: those it names, and those of the places it names —
   * not of a town that only opens a name or an adjective ("the Quetta-based group").
   */
  private final Set<String> scene = new java.util.HashSet<>();

  /** The weight each country named so far has (by ISO code). */
  Map<String, Double> countries() {
    return countries;
  }

  /** The countries the report is about so far; the resolver adds to it. */
  Set<String> scene() {
    return scene;
  }

  /** Counts {@code g} as named, with {@code weight}. */
  void add(GeoName g, double weight) {
    if (g.precision() == Precision.REGION) {
      // "Darfur" sets its country's scene; "Europe" or "the Black Sea" no country's
      if (!g.country().isEmpty()) {
        countries.merge(g.country(), weight, Double::sum);
      }
      return;
    }
    countries.merge(g.country(), weight, Double::sum);
    if (g.precision() != Precision.COUNTRY) {
      provinces.merge(g.country() + "." + g.admin1(), weight, Double::sum);
    }
    if (g.precision() == Precision.TOWN || g.precision() == Precision.DISTRICT) {
      places.add(g);
    }
  }

  /** How well {@code g} fits what the report has named: its country, province, neighbours. */
  double score(GeoName g) {
    double s = 0;
    Double c = countries.get(g.country());
    if (c != null) {
      s += 3 + Math.min(2, c / 2);
    } else if (!countries.isEmpty()) {
      s -= 1;
    }
    if (g.precision() != Precision.COUNTRY
        && provinces.containsKey(g.country() + "." + g.admin1())) {
      s += 2.5;
    }
    for (GeoName p : places) {
      if (p.id() != g.id() && g.kilometresTo(p.lat(), p.lon()) < NEAR_KM) {
        s += 1.5;
        break;
      }
    }
    return s;
  }
}
