package org.counterclaim.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads GeoNames' tab-separated dump files: the "geoname" table (allCountries.txt, a country
 * file such as PK.txt, cities500.txt), admin1Codes.txt and countryInfo.txt — plain, gzipped or
 * zipped (the first entry of a .zip is read).
 */
final class GeoNamesFiles {

  /** A line of the geoname table that failed to parse: where and why. */
  static final class BadLine extends IOException {
    BadLine(String message) {
      super(message);
    }
  }

  /** One row of the geoname table with the lookup keys of its names and alternate names. */
  record Row(GeoName place, List<String> keys, List<String> looseKeys) {
    /** A row whose keys are computed from its names. */
    static Row of(GeoName place, List<String> alternateNames) {
      List<String> keys = new ArrayList<>(alternateNames.size() + 1);
      keys.add(PlaceNames.key(place.name()));
      for (String a : alternateNames) {
        String k = PlaceNames.key(a);
        if (!keys.contains(k)) {
          keys.add(k);
        }
      }
      // spelling variants of the main name only: the alternate names are variants themselves
      String l = PlaceNames.looseOfKey(keys.get(0));
      List<String> loose = l.length() >= 3 ? List.of(l) : List.of();
      return new Row(place, keys, loose);
    }
  }

  /** One row of admin1Codes.txt. */
  record Admin1(String country, String code, String name, String asciiName, int id) {}

  /** One row of countryInfo.txt. */
  record Country(String iso, String name, int id, long population) {}

  private GeoNamesFiles() {}

  /** Opens {@code in} as text, unpacking gzip or zip by {@code name}'s extension. */
  static BufferedReader open(InputStream in, String name) throws IOException {
    InputStream raw = in;
    if (name.endsWith(".gz")) {
      raw = new GZIPInputStream(in, 1 << 16);
    } else if (name.endsWith(".zip")) {
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry e = zip.getNextEntry();
      while (e != null && (e.isDirectory() || !e.getName().endsWith(".txt"))) {
        e = zip.getNextEntry();
      }
      if (e == null) {
        throw new IOException("no .txt file inside the zip");
      }
      raw = zip;
    }
    return new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * Reads the geoname table, passing on populated places (class P) and the administrative
   * divisions a report names (countries, first- and second-level divisions).
   */
  static void readPlaces(BufferedReader in, Consumer<Row> sink) throws IOException {
    // one thread reads and unpacks while the others parse the batch before
    java.util.concurrent.BlockingQueue<Object> batches =
        new java.util.concurrent.ArrayBlockingQueue<>(4);
    Thread reader = new Thread(() -> {
      try {
        List<String> batch = new ArrayList<>(BATCH);
        String line;
        while ((line = in.readLine()) != null) {
          batch.add(line);
          if (batch.size() == BATCH) {
            batches.put(batch);
            batch = new ArrayList<>(BATCH);
          }
        }
        batches.put(batch);
        batches.put(END);
      } catch (IOException e) {
        putQuietly(batches, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "gazetteer-reader");
    reader.setDaemon(true);
    reader.start();
    int first = 1;
    try {
      while (true) {
        Object next = batches.take();
        if (next == END) {
          break;
        }
        if (next instanceof IOException e) {
          throw e;
        }
        @SuppressWarnings("unchecked")
        List<String> batch = (List<String>) next;
        parse(batch, first, sink);
        first += batch.size();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the gazetteer", e);
    } finally {
      reader.interrupt();
    }
  }

  private static final Object END = new Object();

  private static void putQuietly(java.util.concurrent.BlockingQueue<Object> q, Object o) {
    try {
      q.put(o);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final int BATCH = 8192;

  /** Parses a batch of lines on all cores, then hands the rows on in file order. */
  private static void parse(List<String> lines, int firstLine, Consumer<Row> sink)
      throws BadLine {
    Object[] parsed = new Object[lines.size()];
    java.util.stream.IntStream.range(0, lines.size()).parallel().forEach(i -> {
      try {
        parsed[i] = parse(lines.get(i), firstLine + i);
      } catch (BadLine e) {
        parsed[i] = e;
      }
    });
    for (Object o : parsed) {
      if (o instanceof BadLine e) {
        throw e;
      }
      if (o != null) {
        sink.accept((Row) o);
      }
    }
  }

  private static Row parse(String line, int n) throws BadLine {
    if (line.isEmpty() || line.charAt(0) == '#') {
      return null;
    }
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      throw new BadLine("line " + n + ": " + f.length + " columns, a GeoNames table has 19");
    }
    char fclass = f[6].isEmpty() ? ' ' : f[6].charAt(0);
    if (!(fclass == 'P' || fclass == 'A' && isNamedDivision(f[7]))) {
      return null;
    }
    GeoName place;
    try {
      place = new GeoName(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[4]),
          Double.parseDouble(f[5]), fclass, f[7].intern(), f[8].intern(), f[10].intern(),
          f[11].intern(), f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
    } catch (NumberFormatException e) {
      throw new BadLine("line " + n + ": not a GeoNames row (" + e.getMessage() + ")");
    }
    return Row.of(place, alternates(f[3], f[1], f[2]));
  }

  private static boolean isNamedDivision(String code) {
    return code.equals("ADM1") || code.equals("ADM2") || code.equals("PCLI") || code.equals("PCLD")
        || code.equals("PCLF") || code.equals("PCLS") || code.equals("PCLIX") || code.equals("PCL");
  }

  /** Latin-script alternate names that are names, not codes, numbers or links. */
  private static List<String> alternates(String field, String name, String ascii) {
    List<String> out = new ArrayList<>();
    if (!ascii.isEmpty() && !ascii.equals(name)) {
      out.add(ascii);
    }
    if (field.isEmpty()) {
      return out;
    }
    for (String a : field.split(",")) {
      if (a.length() < 3 || a.equals(name) || !PlaceNames.isLatin(a) || hasDigitOrLink(a)
          || isCode(a)) {
        continue;
      }
      out.add(a);
    }
    return out;
  }

  private static boolean hasDigitOrLink(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c) || c == '/' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /** "GWD", "TUK": airport and other codes, upper case and short. */
  private static boolean isCode(String s) {
    return s.length() <= 4 && s.equals(s.toUpperCase(java.util.Locale.ROOT));
  }

  /** Reads admin1Codes.txt ("PK.02", name, ASCII name, geonameid). */
  static List<Admin1> readAdmin1(BufferedReader in) throws IOException {
    List<Admin1> out = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", -1);
      int dot = f[0].indexOf('.');
      if (f.length < 4 || dot < 0) {
        continue;
      }
      out.add(new Admin1(f[0].substring(0, dot).intern(), f[0].substring(dot + 1).intern(), f[1],
          f[2], Integer.parseInt(f[3])));
    }
    return out;
  }

  /** Reads countryInfo.txt (ISO code, …, name in column 5, geonameid in column 17). */
  static List<Country> readCountries(BufferedReader in) throws IOException {
    List<Country> out = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 17 || f[16].isEmpty()) {
        continue;
      }
      out.add(new Country(f[0].intern(), f[4], Integer.parseInt(f[16]),
          f[7].isEmpty() ? 0 : Long.parseLong(f[7])));
    }
    return out;
  }

  /**
   * Reads province-centres.tsv ("ISO code TAB division name TAB lat,lon"): each division's
   * outline centre keyed by "ISO|lookup key of its name".
   */
  static Map<String, double[]> readProvinceCentres(BufferedReader in) throws IOException {
    Map<String, double[]> centres = new java.util.HashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        continue;
      }
      String[] latlon = f[2].split(",");
      if (latlon.length == 2) {
        centres.put(f[0] + "|" + PlaceNames.key(f[1]),
            new double[] {Double.parseDouble(latlon[0]), Double.parseDouble(latlon[1])});
      }
    }
    return centres;
  }
}
