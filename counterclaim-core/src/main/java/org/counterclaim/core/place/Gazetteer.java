package org.counterclaim.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An offline index of GeoNames places by name: populated places, first- and second-level divisions
 * and countries, each findable under its name, ASCII name, Latin-script alternate names and the
 * project's own aliases, exactly ({@link #named}) or by spelling variant ({@link #namedLoosely}).
 *
 * <p>The shipped index ({@link #shipped}) holds GeoNames' places of 500 inhabitants or more, its
 * first-level divisions and its countries, taken from registry packages at build time; divisions
 * and countries from those files carry no coordinates, so they get the mean position of their
 * places. {@link #withDump} adds a full GeoNames dump (allCountries.txt or a country file), whose
 * second-level divisions and smaller places then resolve too.
 */
public final class Gazetteer {

  private static final String DATA = "/gazetteer/";

  private final List<GeoName> entries;
  private final Map<String, int[]> exact;
  private final Map<String, int[]> loose;
  private final Map<String, GeoName> divisions;
  private final Map<String, GeoName> demonyms;
  /** GeoNames ids in ascending order, and each one's index into {@code entries}. */
  private final int[] ids;
  private final int[] idIndex;

  private Gazetteer(GazetteerBuilder b) {
    this.entries = b.entries;
    // each entry's id and index packed in one long, so that one primitive sort orders both
    long[] packed = new long[entries.size()];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = ((long) entries.get(i).id() << 32) | i;
    }
    java.util.Arrays.sort(packed);
    this.ids = new int[packed.length];
    this.idIndex = new int[packed.length];
    for (int i = 0; i < packed.length; i++) {
      ids[i] = (int) (packed[i] >> 32);
      idIndex[i] = (int) packed[i];
    }
    this.exact = b.exact;
    this.loose = b.loose;
    this.divisions = b.divisions;
    this.demonyms = b.demonyms;
  }

  /** The gazetteer built into Counterclaim. */
  public static Gazetteer shipped() {
    return build(null);
  }

  /**
   * The shipped gazetteer extended with a GeoNames dump file (the geoname table: allCountries.txt,
   * a country file such as PK.txt, or cities500.txt; plain, .gz or .zip).
   *
   * @throws IllegalArgumentException naming the file and the reason when it cannot be read
   */
  public static Gazetteer withDump(Path dump) {
    return build(dump);
  }

  private static Gazetteer build(Path dump) {
    GazetteerBuilder b = new GazetteerBuilder();
    try {
      try (BufferedReader in = resource("cities500.txt.gz")) {
        GeoNamesFiles.readPlaces(in, b::add);
      }
      if (dump != null) {
        readDump(dump, b);
      }
      List<GeoNamesFiles.Admin1> admin1;
      try (BufferedReader in = resource("admin1Codes.txt.gz")) {
        admin1 = GeoNamesFiles.readAdmin1(in);
      }
      List<GeoNamesFiles.Country> countries;
      try (BufferedReader in = resource("countryInfo.txt.gz")) {
        countries = GeoNamesFiles.readCountries(in);
      }
      Map<String, double[]> centres;
      try (BufferedReader in = resource("province-centres.tsv.gz")) {
        centres = GeoNamesFiles.readProvinceCentres(in);
      }
      b.addDivisions(admin1, countries, centres);
      try (BufferedReader in = resource("countries.tsv.gz")) {
        b.addCountryDetails(in);
      }
      try (BufferedReader in = resource("us-counties.tsv.gz")) {
        b.addUsCounties(in);
      }
      try (InputStream raw = Gazetteer.class.getResourceAsStream("districts.tsv");
          BufferedReader in = GeoNamesFiles.open(raw, "districts.tsv")) {
        b.addDistricts(in);
      }
      try (InputStream raw = Gazetteer.class.getResourceAsStream("regions.tsv");
          BufferedReader in = GeoNamesFiles.open(raw, "regions.tsv")) {
        b.addRegions(in);
      }
      try (InputStream raw = Gazetteer.class.getResourceAsStream("place-aliases.tsv");
          BufferedReader in = GeoNamesFiles.open(raw, "place-aliases.tsv")) {
        b.addAliases(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped gazetteer cannot be read", e);
    }
    return new Gazetteer(b);
  }

  private static void readDump(Path dump, GazetteerBuilder b) {
    try (BufferedReader in = GeoNamesFiles.open(Files.newInputStream(dump), dump.toString())) {
      GeoNamesFiles.readPlaces(in, b::add);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(dump + ": no such file", e);
    } catch (GeoNamesFiles.BadLine e) {
      throw new IllegalArgumentException(dump + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(dump + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static BufferedReader resource(String name) throws IOException {
    InputStream in = Gazetteer.class.getResourceAsStream(DATA + name);
    if (in == null) {
      throw new IOException(DATA + name + " is missing from the classpath (run the Maven build,"
          + " which fetches it with scripts/gazetteer-data.sh)");
    }
    return GeoNamesFiles.open(in, name);
  }

  /** Every entry whose name or alternate name is exactly {@code surface} (case, accents aside). */
  public List<GeoName> named(String surface) {
    return lookup(exact, PlaceNames.key(surface));
  }

  /** Every entry whose name is a spelling variant of {@code surface} ("Noshki" for Nushki). */
  public List<GeoName> namedLoosely(String surface) {
    String key = PlaceNames.loose(surface);
    return key.length() < 3 ? List.of() : lookup(loose, key);
  }

  /** The country a demonym names ("Afghan", "Russians"), if it is one. */
  public Optional<GeoName> demonym(String word) {
    return Optional.ofNullable(demonyms.get(PlaceNames.key(word)));
  }

  /** The country with this ISO code, if known. */
  public Optional<GeoName> country(String iso) {
    return Optional.ofNullable(divisions.get(iso));
  }

  /** The first-level division {@code code} of country {@code iso} ("PK", "02"), if known. */
  public Optional<GeoName> admin1(String iso, String code) {
    return Optional.ofNullable(divisions.get(iso + "." + code));
  }

  /** The second-level division of a place, if the gazetteer has it (full dumps only). */
  public Optional<GeoName> admin2(String iso, String admin1, String admin2) {
    return admin2.isEmpty() ? Optional.empty()
        : Optional.ofNullable(divisions.get(iso + "." + admin1 + "." + admin2));
  }

  /** The entry with GeoNames id {@code id}, if the gazetteer has it. */
  public Optional<GeoName> byId(int id) {
    int at = java.util.Arrays.binarySearch(ids, id);
    return at < 0 ? Optional.empty() : Optional.of(entries.get(idIndex[at]));
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /** Number of distinct exact lookup keys. */
  public int keys() {
    return exact.size();
  }

  private List<GeoName> lookup(Map<String, int[]> index, String key) {
    int[] ids = index.get(key);
    if (ids == null) {
      return List.of();
    }
    List<GeoName> out = new ArrayList<>(ids.length);
    for (int i : ids) {
      out.add(entries.get(i));
    }
    return out;
  }
}
