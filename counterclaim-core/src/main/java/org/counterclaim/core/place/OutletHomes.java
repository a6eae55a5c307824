package org.counterclaim.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Where outlets publish from: a local paper's unqualified "Alexandria" is its own town's namesake,
 * Dawn's "Hyderabad" is in Sindh. Each outlet (a report's {@code publisher}: a name or a web
 * domain) has a home entry of the gazetteer — a town, a province or a country — that the resolver
 * prefers among namesakes the report itself does not tell apart. Homes come from a file the user
 * keeps, or are learnt from a batch of an outlet's reports (the outlet's "local lexicon", after
 * Lieberman, Samet and Sankaranarayanan, ICDE 2010).
 */
public final class OutletHomes {

  /** Reports an outlet needs before a home is learnt for it. */
  public static final int MIN_REPORTS = 3;
  /** Share of an outlet's located reports that must name places in its home province. */
  private static final double PROVINCE_SHARE = 0.25;
  /** Shortest place name looked for in an outlet's name. */
  private static final int MIN_NAME = 4;
  /** Smallest town an outlet's name is taken to name. */
  private static final long MIN_NAMED_TOWN = 1_000;
  /** How far the home province must lead the next. */
  private static final double LEAD = 1.5;
  /** Share that must name the home town itself for the home to be the town. */
  private static final double TOWN_SHARE = 0.25;
  /** Share that must name places in the home country when no province stands out. */
  private static final double COUNTRY_SHARE = 0.6;

  private static final OutletHomes NONE = new OutletHomes(Map.of());

  private final Map<String, GeoName> homes;

  private OutletHomes(Map<String, GeoName> homes) {
    this.homes = homes;
  }

  /** No outlet has a home. */
  public static OutletHomes none() {
    return NONE;
  }

  /** Homes as given, keyed by outlet. */
  public static OutletHomes of(Map<String, GeoName> homes) {
    Map<String, GeoName> keyed = new TreeMap<>();
    homes.forEach((outlet, home) -> keyed.put(key(outlet), Objects.requireNonNull(home, outlet)));
    return new OutletHomes(Collections.unmodifiableMap(keyed));
  }

  /**
   * Reads a homes file: one outlet per line, tab-separated — the outlet as reports name it ("Dawn",
   * "thetowntalk.com") and the GeoNames id of its home; further columns and lines starting with
   * {@code #} are comments.
   *
   * @throws IllegalArgumentException naming the file, the line and the reason when it is not such
   *     a file, or the outlet and id when the gazetteer lacks the id
   */
  public static OutletHomes read(Path file, Gazetteer gazetteer) {
    try {
      return ofIds(readIds(file), gazetteer);
    } catch (IllegalArgumentException e) {
      throw e.getMessage().startsWith(file.toString()) ? e
          : new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The outlets of a homes file and their GeoNames ids, unchecked against any gazetteer (what a
   * driver reads and sends to the executors that hold one).
   *
   * @throws IllegalArgumentException naming the file, the line and the reason when it is not such
   *     a file
   */
  public static Map<String, Integer> readIds(Path file) {
    Map<String, Integer> ids = new TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < 2 || f[0].isBlank()) {
          throw new IllegalArgumentException(file + ":" + n
              + ": expected an outlet and a GeoNames id separated by a tab");
        }
        try {
          ids.put(key(f[0]), Integer.parseInt(f[1].trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + ":" + n + ": \"" + f[1].trim()
              + "\" is not a GeoNames id");
        }
      }
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such outlet homes file", e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
    }
    return ids;
  }

  /**
   * Homes from outlets and GeoNames ids.
   *
   * @throws IllegalArgumentException naming the outlet and the id the gazetteer lacks
   */
  public static OutletHomes ofIds(Map<String, Integer> ids, Gazetteer gazetteer) {
    Map<String, GeoName> homes = new TreeMap<>();
    ids.forEach((outlet, id) -> homes.put(key(outlet), gazetteer.byId(id).orElseThrow(() ->
        new IllegalArgumentException("the gazetteer has no place with GeoNames id " + id
            + " (outlet " + outlet + ")"))));
    return new OutletHomes(Collections.unmodifiableMap(homes));
  }

  /**
   * Learns each outlet's home from the places resolved in its reports (each report a list of
   * places, as the extractor gave them without homes): the province most of its reports name
   * places in, narrowed to the town named most often there when enough reports name it, or
   * widened to the country when no province stands out. Outlets with fewer than {@value
   * #MIN_REPORTS} located reports get none. An outlet's own name may name its town; {@code
   * vocabulary} tells the words of such names that are no town's ({@code
   * place/masthead-words.txt}, {@code place/outlet-name-openers.txt}).
   */
  public static OutletHomes learn(Map<String, List<List<Place>>> reportsByOutlet,
      Gazetteer gazetteer, Vocabulary vocabulary) {
    NameWords words = new NameWords(vocabulary.words("place/masthead-words.txt"),
        vocabulary.words("place/outlet-name-openers.txt"));
    Map<String, GeoName> homes = new TreeMap<>();
    reportsByOutlet.forEach((outlet, reports) -> {
      if (outlet != null && !outlet.isBlank()) {
        learnOne(key(outlet), reports, gazetteer, words)
            .ifPresent(h -> homes.merge(key(outlet), h, (a, b) -> a));
      }
    });
    return new OutletHomes(Collections.unmodifiableMap(homes));
  }

  /** Words of newspapers' names that are also towns', and words a name may open with. */
  private record NameWords(Set<String> mastheadWords, Set<String> nameOpeners) {}

  private static Optional<GeoName> learnOne(String outlet, List<List<Place>> reports,
      Gazetteer gazetteer, NameWords words) {
    String domainCountry = countryOfDomain(outlet);
    Map<String, Double> countries = new HashMap<>();
    Map<String, Double> provinces = new HashMap<>();
    Map<Integer, Integer> towns = new HashMap<>();
    Map<String, GeoName> provinceEntry = new HashMap<>();
    int located = 0;
    for (List<Place> places : reports) {
      Map<String, Double> reportCountries = new HashMap<>();
      Map<String, Double> reportProvinces = new HashMap<>();
      Set<Integer> reportTowns = new HashSet<>();
      for (Place p : places) {
        GeoName g = p.geonameId() == null ? null : gazetteer.byId(p.geonameId()).orElse(null);
        if (g == null || g.precision() == Precision.REGION
            || domainCountry != null && !domainCountry.equals(g.country())) {
          // "weekly.ahram.org.eg" is at home in Egypt, whatever its reports name
          continue;
        }
        // a name many countries or provinces share says little of where the outlet is: the
        // paper's own "Dublin" read as Ireland's must not make Ireland its home
        List<GeoName> namesakes = gazetteer.named(p.mention());
        reportCountries.merge(g.country(), 1.0 / countriesOf(namesakes), Double::sum);
        if (g.precision() == Precision.COUNTRY) {
          continue;
        }
        String province = g.country() + "." + g.admin1();
        reportProvinces.merge(province, 1.0 / provincesOf(namesakes), Double::sum);
        gazetteer.admin1(g.country(), g.admin1()).ifPresent(a -> provinceEntry.put(province, a));
        if (g.precision() == Precision.TOWN) {
          reportTowns.add(g.id());
        }
      }
      if (reportCountries.isEmpty()) {
        continue;
      }
      located++;
      reportCountries.forEach((c, w) -> countries.merge(c, Math.min(1, w), Double::sum));
      reportProvinces.forEach((c, w) -> provinces.merge(c, Math.min(1, w), Double::sum));
      reportTowns.forEach(c -> towns.merge(c, 1, Integer::sum));
    }
    if (located < MIN_REPORTS) {
      return Optional.empty();
    }
    Optional<GeoName> named = townInName(outlet, domainCountry, provinces, gazetteer, words);
    if (named.isPresent()) {
      return named;
    }
    Map.Entry<String, Double> province = top(provinces);
    if (province != null && province.getValue() >= PROVINCE_SHARE * located
        && province.getValue() >= 1 && province.getValue() >= LEAD * runnerUp(provinces, province)
        && provinceEntry.containsKey(province.getKey())) {
      GeoName bestTown = null;
      int bestCount = 0;
      for (Map.Entry<Integer, Integer> t : new TreeMap<>(towns).entrySet()) {
        GeoName g = gazetteer.byId(t.getKey()).orElseThrow();
        boolean inside = province.getKey().equals(g.country() + "." + g.admin1());
        if (inside && t.getValue() > bestCount) {
          bestTown = g;
          bestCount = t.getValue();
        }
      }
      return Optional.of(bestTown != null && bestCount >= 2 && bestCount >= TOWN_SHARE * located
          ? bestTown : provinceEntry.get(province.getKey()));
    }
    Map.Entry<String, Double> country = top(countries);
    if (country != null && country.getValue() >= COUNTRY_SHARE * located) {
      return gazetteer.country(country.getKey());
    }
    return Optional.empty();
  }

  /**
   * The town an outlet's own name names ("Columbus Local News", "dallasnews.com", "The Quetta
   * Voice"), among its namesakes the one in the province the outlet's reports name most; none
   * when no namesake lies in a province its reports name.
   */
  private static Optional<GeoName> townInName(String outlet, String country,
      Map<String, Double> provinces, Gazetteer gazetteer, NameWords words) {
    double topVotes = provinces.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    String name = outlet.replaceFirst("\\.[a-z.]+$", "");
    GeoName best = null;
    double bestVotes = 0;
    for (String word : name.split("[^\\p{L}]+")) {
      for (int from = 0; from + MIN_NAME <= word.length(); from++) {
        if (from > 0 && !words.nameOpeners().contains(word.substring(0, from))) {
          // "reporter" does not name Porter
          continue;
        }
        for (int to = word.length(); to - from >= MIN_NAME; to--) {
          String part = word.substring(from, to);
          if (words.mastheadWords().contains(part)) {
            continue;
          }
          for (GeoName g : gazetteer.named(part)) {
            if (g.precision() != Precision.TOWN || g.population() < MIN_NAMED_TOWN
                || !PlaceNames.key(g.name()).equals(part)
                || country != null && !country.equals(g.country())) {
              continue;
            }
            double votes = provinces.getOrDefault(g.country() + "." + g.admin1(), 0.0);
            if (votes >= Math.max(1, topVotes / 2) && (votes > bestVotes
                || votes == bestVotes && g.population() > best.population())) {
              best = g;
              bestVotes = votes;
            }
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The country a web domain's country-code ending names ("moscowtimes.ru": RU; ".uk": GB), or
   * null for generic endings (.com, .org, .co, .tv …) and names that are not domains.
   */
  static String countryOfDomain(String outlet) {
    java.util.regex.Matcher m = COUNTRY_ENDING.matcher(outlet);
    if (!m.find() || GENERIC_ENDINGS.contains(m.group(1))) {
      return null;
    }
    String code = m.group(1).toUpperCase(Locale.ROOT);
    return code.equals("UK") ? "GB" : code;
  }

  private static final java.util.regex.Pattern COUNTRY_ENDING =
      java.util.regex.Pattern.compile("\\.([a-z]{2})$");

  /** Two-letter endings used as generic ones. */
  private static final Set<String> GENERIC_ENDINGS =
      Set.of("co", "tv", "io", "me", "fm", "ly", "ai", "cc", "ws", "to", "eu");

  /** How many countries hold (or are) one of {@code namesakes} (at least 1). */
  private static int countriesOf(List<GeoName> namesakes) {
    return Math.max(1, (int) namesakes.stream().map(GeoName::country).distinct().count());
  }

  /** How many provinces hold one of {@code namesakes} (at least 1). */
  private static int provincesOf(List<GeoName> namesakes) {
    return Math.max(1, (int) namesakes.stream().filter(g -> g.precision() != Precision.COUNTRY)
        .map(g -> g.country() + "." + g.admin1()).distinct().count());
  }

  /** The largest count after {@code top}'s. */
  private static double runnerUp(Map<String, Double> counts, Map.Entry<String, Double> top) {
    return counts.entrySet().stream().filter(e -> !e.getKey().equals(top.getKey()))
        .mapToDouble(Map.Entry::getValue).max().orElse(0);
  }

  /** The entry with the largest count, ties going to the smallest key. */
  private static <K extends Comparable<K>, V extends Comparable<V>> Map.Entry<K, V> top(
      Map<K, V> counts) {
    Map.Entry<K, V> best = null;
    for (Map.Entry<K, V> e : new TreeMap<>(counts).entrySet()) {
      if (best == null || e.getValue().compareTo(best.getValue()) > 0) {
        best = e;
      }
    }
    return best;
  }

  /** The home of {@code outlet}, if it has one. */
  public Optional<GeoName> homeOf(String outlet) {
    return outlet == null ? Optional.empty() : Optional.ofNullable(homes.get(key(outlet)));
  }

  /** Number of outlets with a home. */
  public int size() {
    return homes.size();
  }

  /** Writes these homes in the format {@link #read} reads, each with its place's name. */
  public void write(PrintWriter out, Gazetteer gazetteer) {
    out.println("# outlet\tGeoNames id\thome (comment)");
    homes.forEach((outlet, home) -> {
      List<String> where = new ArrayList<>();
      where.add(home.name());
      if (home.precision() != Precision.COUNTRY) {
        if (home.precision() != Precision.PROVINCE) {
          gazetteer.admin1(home.country(), home.admin1()).ifPresent(a -> where.add(a.name()));
        }
        where.add(home.country());
      }
      out.println(outlet + "\t" + home.id() + "\t" + String.join(", ", where));
    });
    out.flush();
  }

  /** Outlets are matched without case, scheme or "www.". */
  static String key(String outlet) {
    String k = outlet.trim().toLowerCase(Locale.ROOT);
    k = k.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
    return k.endsWith("/") ? k.substring(0, k.length() - 1) : k;
  }
}
