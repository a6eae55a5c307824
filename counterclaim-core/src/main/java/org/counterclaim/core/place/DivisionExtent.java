package org.counterclaim.core.place;

/**
 * The spread of a country's or division's populated places, trimmed of outliers, and their total
 * population: where the gazetteer places a division that its files give no coordinates.
 */
final class DivisionExtent {
  private double[] lats = new double[4];
  private double[] lons = new double[4];
  private int size;
  private long population;

  /** Adds a populated place of the division. */
  void add(GeoName p) {
    if (size == lats.length) {
      lats = java.util.Arrays.copyOf(lats, size * 2);
      lons = java.util.Arrays.copyOf(lons, size * 2);
    }
    lats[size] = p.lat();
    lons[size++] = p.lon();
    population += p.population();
  }

  /** How many places were added. */
  int size() {
    return size;
  }

  /** The middle latitude of the places. */
  double lat() {
    return middle(lats);
  }

  /** The middle longitude of the places. */
  double lon() {
    return middle(lons);
  }

  /** The middle of the span of the values, the outermost 1% on each side left out. */
  /** The total population of the places. */
  long population() {
    return population;
  }

  private double middle(double[] values) {
    double[] v = java.util.Arrays.copyOf(values, size);
    java.util.Arrays.sort(v);
    int cut = v.length / 100;
    return (v[cut] + v[v.length - 1 - cut]) / 2;
  }
}
