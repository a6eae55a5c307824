package org.counterclaim.core.place;

/**
 * One gazetteer entry: a GeoNames feature with its id, name, coordinates, feature class and code
 * ("P"/"PPLA2", "A"/"ADM1", "A"/"PCLI"; "L"/"RGN", "H"/"SEA", "T"/"MTS" for the regions Counterclaim
 * adds), ISO country code (empty for a region across countries), first- and second-level division
 * codes and population.
 */
public record GeoName(
    int id,
    String name,
    double lat,
    double lon,
    char featureClass,
    String featureCode,
    String country,
    String admin1,
    String admin2,
    long population) {

  /** How precisely this entry locates something. */
  public Precision precision() {
    if (featureClass == 'L' || featureClass == 'H' || featureClass == 'T') {
      return Precision.REGION;
    }
    if (featureClass != 'A') {
      return Precision.TOWN;
    }
    if (featureCode.startsWith("PCL")) {
      return Precision.COUNTRY;
    }
    return featureCode.equals("ADM1") ? Precision.PROVINCE : Precision.DISTRICT;
  }

  /** Great-circle distance to a point, in kilometres. */
  public double kilometresTo(double otherLat, double otherLon) {
    return Geo.kilometres(lat, lon, otherLat, otherLon);
  }
}
