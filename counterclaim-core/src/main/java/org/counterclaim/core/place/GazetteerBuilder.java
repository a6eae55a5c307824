package org.counterclaim.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the gazetteer's entries and the names they are found under, from GeoNames rows and the
 * project's own files (country details, US counties, districts, regions, aliases); {@link
 * Gazetteer} is built from what it collected.
 */
final class GazetteerBuilder {

  /** Country codes that news text writes for the country itself. */
  private static final java.util.Set<String> WRITTEN_CODES =
      java.util.Set.of("US", "USA", "UK", "UAE", "DRC", "KSA", "PRC", "ROK", "DPRK", "CAR");

  final List<GeoName> entries = new ArrayList<>(220_000);
  final Map<String, int[]> exact = new HashMap<>(1 << 20);
  final Map<String, int[]> loose = new HashMap<>(1 << 20);
  final Map<String, GeoName> divisions = new HashMap<>();
  final Map<String, GeoName> demonyms = new HashMap<>();
  final Map<Integer, Integer> byId = new HashMap<>(1 << 18);

  /** Adds a GeoNames row (replacing an entry of the same id) under its names. */
  void add(GeoNamesFiles.Row row) {
    GeoName p = row.place();
    Integer existing = byId.get(p.id());
    int index;
    if (existing != null) {
      index = existing;
      entries.set(index, p);
    } else {
      index = entries.size();
      entries.add(p);
      byId.put(p.id(), index);
    }
    for (String key : row.keys()) {
      put(exact, key, index);
    }
    for (String key : row.looseKeys()) {
      put(loose, key, index);
    }
    if (p.featureClass() == 'A') {
      divisions.put(divisionKey(p), p);
    }
  }

  private static String divisionKey(GeoName p) {
    return switch (p.precision()) {
      case COUNTRY -> p.country();
      case PROVINCE -> p.country() + "." + p.admin1();
      default -> p.country() + "." + p.admin1() + "." + p.admin2();
    };
  }

  /** Indexes entry {@code index} under a {@link PlaceNames#key} and its loose key. */
  void name(int index, String key) {
    put(exact, key, index);
    String l = PlaceNames.looseOfKey(key);
    if (l.length() >= 3) {
      put(loose, l, index);
    }
  }

  private static void put(Map<String, int[]> index, String key, int value) {
    if (key.isEmpty()) {
      return;
    }
    int[] old = index.get(key);
    if (old == null) {
      index.put(key, new int[] {value});
      return;
    }
    for (int v : old) {
      if (v == value) {
        return;
      }
    }
    int[] grown = Arrays.copyOf(old, old.length + 1);
    grown[old.length] = value;
    index.put(key, grown);
  }

  /**
   * Adds the first-level divisions and countries that no dump already gave, placed at the
   * centre of the extent of their populated places (the outermost 5% on each side left out)
   * and given their places' total population.
   */
  void addDivisions(List<GeoNamesFiles.Admin1> admin1, List<GeoNamesFiles.Country> countries,
      Map<String, double[]> centres) {
    Map<String, DivisionExtent> extents = extents();
    for (GeoNamesFiles.Admin1 a : admin1) {
      String key = a.country() + "." + a.code();
      DivisionExtent e = extents.get(key);
      if (divisions.containsKey(key) || e == null) {
        continue;
      }
      // the centre of its outline where one is known by name, else of its populated places
      double[] centre = centres.get(a.country() + "|" + PlaceNames.key(a.name()));
      if (centre == null) {
        centre = centres.get(a.country() + "|" + PlaceNames.key(a.asciiName()));
      }
      double lat = centre != null ? centre[0] : e.lat();
      double lon = centre != null ? centre[1] : e.lon();
      add(GeoNamesFiles.Row.of(new GeoName(a.id(), a.name(), lat, lon, 'A', "ADM1",
          a.country(), a.code(), "", e.population()), List.of(a.asciiName())));
    }
    for (GeoNamesFiles.Country c : countries) {
      DivisionExtent e = extents.get(c.iso());
      if (divisions.containsKey(c.iso()) || e == null) {
        continue;
      }
      add(GeoNamesFiles.Row.of(new GeoName(c.id(), c.name(), e.lat(), e.lon(), 'A', "PCLI",
          c.iso(), "", "", c.population()), List.of()));
    }
  }

  private Map<String, DivisionExtent> extents;

  /**
   * The spread of the populated places of every country ("PK"), first-level ("PK.02") and
   * second-level division ("PK.02.6641960"), computed once.
   */
  Map<String, DivisionExtent> extents() {
    if (extents == null) {
      extents = new HashMap<>();
      for (GeoName p : entries) {
        if (p.featureClass() != 'P') {
          continue;
        }
        String a1 = p.country() + "." + p.admin1();
        extents.computeIfAbsent(p.country(), k -> new DivisionExtent()).add(p);
        extents.computeIfAbsent(a1, k -> new DivisionExtent()).add(p);
        if (!p.admin2().isEmpty()) {
          extents.computeIfAbsent(a1 + "." + p.admin2(), k -> new DivisionExtent()).add(p);
        }
      }
    }
    return extents;
  }

  /**
   * Reads countries.tsv (ISO code, "lat,lon", names separated by |, English demonyms separated
   * by |, from mledoze/countries): each country's centre replaces the estimate from its places,
   * and its other spellings, official name and demonyms become names.
   */
  void addCountryDetails(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", -1);
      if (f.length < 4) {
        continue;
      }
      GeoName country = divisions.get(f[0]);
      if (country == null || country.featureCode().equals("ADM1")) {
        continue;
      }
      int index = byId.get(country.id());
      String[] latlng = f[1].split(",");
      if (latlng.length == 2 && country.population() > 0) {
        GeoName placed = new GeoName(country.id(), country.name(),
            Double.parseDouble(latlng[0]), Double.parseDouble(latlng[1]), 'A',
            country.featureCode(), country.country(), "", "", country.population());
        entries.set(index, placed);
        divisions.put(placed.country(), placed);
        country = placed;
      }
      for (String n : f[2].split("\\|")) {
        boolean code = n.length() <= 3 && n.equals(n.toUpperCase(java.util.Locale.ROOT));
        if (code && !WRITTEN_CODES.contains(n)) {
          // "IS", "AU", "IG": ISO codes, which in running text are mostly something else
          continue;
        }
        if (n.length() >= 2 && PlaceNames.isLatin(n)) {
          String key = PlaceNames.key(n);
          put(exact, key, index);
        }
      }
      for (String form : f[3].split("\\|")) {
        if (form.length() >= 3) {
          String key = PlaceNames.key(form);
          for (String k : List.of(key, key.endsWith("s") ? key : key + "s")) {
            // "American" is shared by several countries: the most populous keeps it
            GeoName had = demonyms.get(k);
            if (had == null || had.population() < country.population()) {
              demonyms.put(k, country);
            }
          }
        }
      }
    }
  }

  /**
   * Reads US state and county names (us-counties.tsv: FIPS code and name, from us-atlas) and
   * adds each county the dump did not give as a second-level division named "X County" ("X
   * Parish" in Louisiana), placed at the centre of its populated places. GeoNames numbers US
   * counties by their FIPS code, so towns and counties meet; a county has no GeoNames id here
   * and gets a negative one (shown as none).
   */
  void addUsCounties(BufferedReader in) throws IOException {
    Map<String, String> admin1ByName = new HashMap<>();
    for (GeoName d : divisions.values()) {
      if (d.country().equals("US") && d.precision() == Precision.PROVINCE) {
        admin1ByName.put(PlaceNames.key(d.name()), d.admin1());
      }
    }
    Map<String, String> admin1ByFips = new HashMap<>();
    List<String[]> counties = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        continue;
      }
      if (f[0].length() == 2) {
        String code = admin1ByName.get(PlaceNames.key(f[1]));
        if (code != null) {
          admin1ByFips.put(f[0], code);
        }
      } else if (f[0].length() == 5) {
        counties.add(f);
      }
    }
    Map<String, DivisionExtent> extents = extents();
    for (String[] c : counties) {
      String admin1 = admin1ByFips.get(c[0].substring(0, 2));
      if (admin1 == null || c[1].isEmpty()) {
        continue;
      }
      String admin2 = c[0].substring(2);
      DivisionExtent e = extents.get("US." + admin1 + "." + admin2);
      if (e == null || divisions.containsKey("US." + admin1 + "." + admin2)) {
        continue;
      }
      String word = admin1.equals("LA") ? " Parish" : admin1.equals("AK") ? " Borough" : " County";
      add(GeoNamesFiles.Row.of(new GeoName(-Integer.parseInt(c[0]), c[1] + word, e.lat(),
          e.lon(), 'A', "ADM2", "US", admin1.intern(), admin2.intern(), e.population()),
          List.of()));
    }
  }

  /**
   * Reads the project's districts file ("seat geonameid TAB names") and adds each district the
   * dump did not give, with its seat's division codes, placed at the centre of its populated
   * places (at its seat when it has fewer than three).
   */
  void addDistricts(BufferedReader in) throws IOException {
    Map<String, DivisionExtent> extents = extents();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Integer seatIndex = byId.get(Integer.parseInt(f[0].trim()));
      if (seatIndex == null || f.length < 2) {
        continue;
      }
      GeoName seat = entries.get(seatIndex);
      String key = seat.country() + "." + seat.admin1() + "." + seat.admin2();
      if (seat.admin2().isEmpty() || divisions.containsKey(key)) {
        continue;
      }
      DivisionExtent e = extents.get(key);
      boolean spread = e != null && e.size() >= 3;
      int id = seat.admin2().length() >= 6 && seat.admin2().chars().allMatch(Character::isDigit)
          ? Integer.parseInt(seat.admin2()) : -seat.id();
      String[] names = f[1].split("\\|");
      GeoName district = new GeoName(id, names[0].trim(), spread ? e.lat() : seat.lat(),
          spread ? e.lon() : seat.lon(), 'A', "ADM2", seat.country(), seat.admin1(),
          seat.admin2(), e == null ? seat.population() : e.population());
      int index = entries.size();
      entries.add(district);
      byId.put(district.id(), index);
      divisions.put(key, district);
      for (String name : names) {
        // "Kurram" is the district; "Noshki" alone is the town, "Noshki district" the district
        String k = PlaceNames.key(name.trim());
        put(exact, k + " district", index);
        if (!hasTownNamed(k, seat.country())) {
          put(exact, k, index);
        }
      }
    }
  }

  private boolean hasTownNamed(String key, String country) {
    for (Map<String, int[]> index : List.of(exact, loose)) {
      int[] found = index.get(index == exact ? key : PlaceNames.looseOfKey(key));
      if (found != null) {
        for (int i : found) {
          GeoName g = entries.get(i);
          if (g.featureClass() == 'P' && g.country().equals(country)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Reads regions.tsv ("names TAB lat TAB lon TAB country TAB population TAB kind"): areas that
   * are no division, beside whatever else bears their names (the Sahel and Burkina Faso's
   * Sahel region).
   */
  void addRegions(BufferedReader in) throws IOException {
    String line;
    int n = 0;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      List<String> keys = new ArrayList<>();
      for (String name : f[0].split("\\|")) {
        keys.add(PlaceNames.key(name.trim()));
      }
      n++;
      char featureClass = switch (f[5].trim()) {
        case "SEA" -> 'H';
        case "MTS" -> 'T';
        default -> 'L';
      };
      GeoName region = new GeoName(REGION_IDS - n, f[0].split("\\|")[0].trim(),
          Double.parseDouble(f[1]), Double.parseDouble(f[2]), featureClass, f[5].trim(),
          f[3].trim(), "", "", Long.parseLong(f[4].trim()));
      int index = entries.size();
      entries.add(region);
      byId.put(region.id(), index);
      for (String key : keys) {
        name(index, key);
      }
    }
  }

  /** Regions take ids below this, apart from GeoNames' and districts' own. */
  private static final int REGION_IDS = -100_000_000;

  /** Reads "geonameid TAB alias|alias…" lines; ids the gazetteer lacks are skipped. */
  void addAliases(BufferedReader in) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Integer index = byId.get(Integer.parseInt(f[0].trim()));
      if (index == null || f.length < 2) {
        continue;
      }
      for (String alias : f[1].split("\\|")) {
        name(index, PlaceNames.key(alias));
      }
    }
  }
}
