package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses, for each place mention of a report, the gazetteer entry it denotes, using the report as
 * context: the countries and provinces it names, the other places it names nearby, the division
 * word after a name ("Kurram district", "Borno State"), "Town, Province" pairs, and each
 * candidate's kind and population. Unambiguous mentions are resolved first and become context for
 * the rest.
 */
final class PlaceResolver {

  private final Gazetteer gazetteer;
  private final PlaceWords placeWords;
  private Set<Mention> actors = Set.of();
  private Map<GeoName, Integer> neighbours = Map.of();
  private GeoName home;
  /** What an outlet's home adds to a namesake in its country, province and town's vicinity. */
  private static final double HOME_COUNTRY = 1.0;
  private static final double HOME_PROVINCE = 3.5;
  private static final double HOME_NEAR = 5.0;
  private static final double HOME_KM = 100;
  private static final double NEIGHBOUR_WEIGHT = 2.0;

  PlaceResolver(Gazetteer gazetteer, PlaceWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.placeWords = Objects.requireNonNull(words, "words");
  }

  /**
   * The entry each mention denotes (null where none fits), in the order of {@code mentions};
   * {@code actors} flags the mentions that stand for a government ("Islamabad blamed India"),
   * which are capitals far more often than namesakes; {@code home} (null when unknown) is where
   * the report's outlet publishes from, which tips namesakes the report leaves open.
   */
  List<GeoName> resolve(List<Mention> mentions, Set<Mention> actors, GeoName home) {
    this.actors = actors;
    this.home = home;
    GeoName[] chosen = new GeoName[mentions.size()];
    ReportContext context = new ReportContext();
    // countries named outright set the scene first
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!m.loose() && !m.candidates().isEmpty()
          && m.candidates().stream().allMatch(g -> g.precision() == Precision.COUNTRY)) {
        chosen[i] = m.candidates().get(0);
        context.add(chosen[i], 2);
        context.scene().add(chosen[i].country());
      }
    }
    // then one name at a time, the surest first, each becoming context for the rest; a name
    // repeated in the report means the same place each time
    Map<String, List<Integer>> open = new java.util.LinkedHashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (chosen[i] == null && !mentions.get(i).candidates().isEmpty()) {
        open.computeIfAbsent(sense(mentions.get(i)), k -> new ArrayList<>()).add(i);
      }
    }
    neighbours = Neighbours.count(mentions, open.values());
    while (!open.isEmpty()) {
      String surest = null;
      double surestMargin = Double.NEGATIVE_INFINITY;
      for (Map.Entry<String, List<Integer>> e : open.entrySet()) {
        int i = e.getValue().get(0);
        double margin = margin(mentions.get(i), i, mentions, chosen, context);
        if (margin > surestMargin) {
          surestMargin = margin;
          surest = e.getKey();
        }
      }
      List<Integer> group = open.remove(surest);
      GeoName first = null;
      // the bare name reads first: a building named after it ("Kalat police station") follows it
      group.sort(java.util.Comparator.comparing(i -> mentions.get(i).cue() != null
          && mentions.get(i).cue().kind().wholeIsPlace()));
      for (int i : group) {
        // a name repeated means the place its first reading chose, where that can be it
        chosen[i] = first != null && mentions.get(i).candidates().contains(first) ? first
            : best(mentions.get(i), i, mentions, chosen, context);
        first = first == null ? chosen[i] : first;
      }
      if (first != null) {
        context.add(first, Math.min(3, group.size()));
        if (group.stream().anyMatch(i -> !mentions.get(i).incidental())) {
          // not a town in a name or an adjective only ("the Quetta-based group")
          context.scene().add(first.country());
        }
      }
    }
    List<GeoName> out = new ArrayList<>(mentions.size());
    for (GeoName g : chosen) {
      out.add(g);
    }
    return out;
  }

  /** Mentions that must denote the same place: the same words, the same kind of division. */
  private String sense(Mention m) {
    String d = m.divisionWord();
    String kind = d == null ? "" : placeWords.divisions.is(d, "province") ? "province"
        : placeWords.divisions.is(d, "district") ? "district" : "town";
    String words = d != null && m.text().toLowerCase(java.util.Locale.ROOT).endsWith(" " + d)
        ? m.text().substring(0, m.text().length() - d.length() - 1) : m.text();
    if (m.cue() != null && m.cue().kind().wholeIsPlace()) {
      // "Hanover police station" means the Hanover the report names elsewhere
      words = placeWords.localities.nameOf(m.text());
    }
    return PlaceNames.key(words) + "|" + kind;
  }

  /** How far the best candidate of a mention leads the next (large when it has one). */
  private double margin(Mention m, int i, List<Mention> mentions, GeoName[] chosen,
      ReportContext context) {
    GeoName container = container(m, i, mentions, chosen);
    double top = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    boolean unsupportedAllowed = allowsUnsupported(m, context);
    for (GeoName g : m.candidates()) {
      if (!unsupportedAllowed && !supported(m, g, context)
          || m.loose() && !plausibleVariant(m, g, context)) {
        continue;
      }
      double sc = score(m, g, context, container);
      if (sc > top) {
        second = top;
        top = sc;
      } else if (sc > second) {
        second = sc;
      }
    }
    if (top == Double.NEGATIVE_INFINITY) {
      return -100;
    }
    if (second == Double.NEGATIVE_INFINITY) {
      // one candidate: sure when the report's countries back it, else left to the end
      boolean backed = !context.countries().isEmpty() || m.candidates().stream()
          .anyMatch(g -> g.featureClass() == 'A' || g.population() >= 100_000);
      return m.loose() || !backed ? 0.5 : 5;
    }
    return top - second;
  }

  private GeoName best(Mention m, int i, List<Mention> mentions, GeoName[] chosen,
      ReportContext context) {
    GeoName container = container(m, i, mentions, chosen);
    GeoName best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean countyWord = m.divisionWord() != null
        && placeWords.divisions.is(m.divisionWord(), "county");
    boolean unsupportedAllowed = allowsUnsupported(m, context);
    for (GeoName g : m.candidates()) {
      if (m.loose() && !plausibleVariant(m, g, context)) {
        continue;
      }
      if (!unsupportedAllowed && !supported(m, g, context)) {
        continue;
      }
      if (countyWord && g.precision() != Precision.DISTRICT) {
        // a county is seldom named after a town in it: without the county itself, no answer
        continue;
      }
      double s = score(m, g, context, container);
      if (s > bestScore) {
        bestScore = s;
        best = g;
      }
    }
    return best;
  }

  /**
   * Once the report is about some countries, a small place in another country is a namesake of
   * something the gazetteer lacks ("Bara" in Khyber is not Bâra in Romania): only countries,
   * provinces, capitals and cities stand outside the report's countries and the outlet's own.
   */
  private boolean supported(Mention m, GeoName g, ReportContext context) {
    if (m.cue() != null && m.cue().placesName()) {
      // "Kuchi village" lies in a country the report is about, or the gazetteer lacks it: a
      // city of its name abroad is a namesake
      return context.scene().isEmpty() || context.scene().contains(g.country())
          || home != null && home.country().equals(g.country());
    }
    if (context.countries().isEmpty() || context.countries().containsKey(g.country())
        || home != null && home.country().equals(g.country())) {
      return true;
    }
    if (COMPASS_NAME.matcher(PlaceNames.key(g.name())).matches()) {
      // "North-West", "Eastern": a region of some other country only when it is in the report
      return false;
    }
    boolean ownName = NameSimilarity.nameKey(g.name()).equals(NameSimilarity.nameKey(m.text()));
    return g.precision() == Precision.COUNTRY || g.precision() == Precision.PROVINCE
        || g.precision() == Precision.REGION || g.featureCode().equals("PPLC")
        || ownName && (g.featureCode().equals("PPLA") || g.population() >= 100_000);
  }

  private static final java.util.regex.Pattern COMPASS_NAME = java.util.regex.Pattern.compile(
      "((north|south|east|west|central|northern|southern|eastern|western|upper|lower)\\s*)+"
          + "(region|province|state)?");

  /**
   * A name that says itself what it is ("Henry County", "Dera Ismail Khan") may lie outside the
   * report's countries when nothing inside them bears it.
   */
  private boolean allowsUnsupported(Mention m, ReportContext context) {
    boolean named = (m.cue() == null || !m.cue().placesName() && !m.cue().kind().wholeIsPlace())
        && !m.loose() && (m.divisionWord() != null
        && m.candidates().stream().allMatch(g -> g.featureClass() == 'A')
        || m.to() - m.from() >= 2);
    return named && m.candidates().stream().noneMatch(g -> supported(m, g, context))
        && m.candidates().stream().noneMatch(g -> COMPASS_NAME.matcher(PlaceNames.key(g.name()))
            .matches());
  }

  /**
   * A spelling variant counts only when it is spelled much alike, and in a country the report is
   * about or for a big place.
   */
  private static boolean plausibleVariant(Mention m, GeoName g, ReportContext context) {
    if (NameSimilarity.similarity(PlaceNames.key(m.text()), PlaceNames.key(g.name())) < 0.7) {
      return false;
    }
    return context.countries().containsKey(g.country())
        || context.countries().isEmpty() && (g.population() >= 100_000
            || g.precision() != Precision.TOWN);
  }

  /** "Paris, Texas" / "Kalat, Balochistan": the division named right after a mention. */
  private GeoName container(Mention m, int i, List<Mention> mentions, GeoName[] chosen) {
    if (i + 1 >= mentions.size()) {
      return null;
    }
    Mention next = mentions.get(i + 1);
    if (next.sentence() != m.sentence() || next.from() != m.to() + 1 || !m.commaAfter()) {
      return null;
    }
    for (GeoName g : next.candidates()) {
      if (g.precision() == Precision.PROVINCE || g.precision() == Precision.COUNTRY) {
        return g;
      }
    }
    return null;
  }

  private double score(Mention m, GeoName g, ReportContext context, GeoName container) {
    // a province's (or region's) population is that of all its towns: weigh it as a tenth
    boolean area = g.precision() == Precision.PROVINCE || g.precision() == Precision.REGION;
    double s = Math.log10((area ? g.population() / 10 : g.population()) + 10);
    if (isActor(m) && (g.featureCode().equals("PPLC") || g.precision() == Precision.COUNTRY)) {
      s += 4;
    }
    s += switch (g.precision()) {
      case REGION -> 4;
      case COUNTRY -> 6;
      case PROVINCE -> 2;
      case UNRESOLVED -> 0;
      case DISTRICT -> 1;
      case TOWN -> switch (g.featureCode()) {
        case "PPLC" -> 2;
        case "PPLA" -> 1.5;
        case "PPLA2" -> 0.8;
        case "PPLA3", "PPLA4" -> 0.3;
        default -> 0;
      };
    };
    String division = m.divisionWord();
    if ((g.precision() == Precision.PROVINCE || g.precision() == Precision.DISTRICT)
        && division == null && hasSeatNamedAlike(m, g)) {
      // "Alexandria", "Kunduz", "Bannu": the town rather than the division named after it
      s -= 3;
    }
    if (division != null) {
      if (placeWords.divisions.is(division, "province")) {
        s += g.precision() == Precision.PROVINCE ? 8 : g.featureCode().equals("PPLA") ? 2 : -2;
      } else if (placeWords.divisions.is(division, "district")) {
        s += g.precision() == Precision.DISTRICT ? 8
            : g.featureCode().equals("PPLA2") || g.featureCode().equals("PPLA") ? 3
            : g.precision() == Precision.PROVINCE ? -3 : 0;
      } else if (placeWords.divisions.is(division, "town")) {
        s += g.precision() == Precision.TOWN ? 3 : -3;
      }
    }
    if (container != null) {
      boolean inside = container.precision() == Precision.COUNTRY
          ? g.country().equals(container.country())
          : g.country().equals(container.country()) && g.admin1().equals(container.admin1());
      s += inside ? 8 : -4;
    }
    if (!m.loose() && NameSimilarity.nameKey(g.name()).equals(NameSimilarity.nameKey(m.text()))) {
      // its own name rather than one of its alternate names ("New Delhi" is not Delhi, "Berea"
      // not Aleppo)
      s += 2.5;
    }
    s += context.score(g);
    s += homeScore(m, g);
    // places a report names together lie together: a candidate near some reading of the
    // report's other names ("Gainesville" beside "Hall County") wins
    s += NEIGHBOUR_WEIGHT * Math.min(2, neighbours.getOrDefault(g, 0));
    if (m.loose()) {
      s -= 2;
    }
    return s;
  }

  /**
   * How much the outlet's home favours {@code g} for {@code m}: its country, its province, and —
   * for a town or district under its own name — its vicinity.
   */
  private double homeScore(Mention m, GeoName g) {
    if (home == null || !g.country().equals(home.country())) {
      return 0;
    }
    double s = HOME_COUNTRY;
    if (home.precision() != Precision.COUNTRY && g.precision() != Precision.COUNTRY
        && g.admin1().equals(home.admin1())) {
      s += HOME_PROVINCE;
    }
    boolean local = g.precision() == Precision.TOWN || g.precision() == Precision.DISTRICT;
    if (home.precision() == Precision.TOWN && local && ownName(m, g)
        && g.kilometresTo(home.lat(), home.lon()) <= HOME_KM) {
      s += HOME_NEAR;
    }
    return s;
  }

  /** True when {@code g} bears the mention's words as its own name, division word aside. */
  private static boolean ownName(Mention m, GeoName g) {
    String name = NameSimilarity.nameKey(g.name());
    String words = NameSimilarity.nameKey(m.text());
    return name.equals(words) || m.divisionWord() != null
        && (words.equals(name + " " + m.divisionWord()) || name.equals(words + " "
            + m.divisionWord()) || words.startsWith(name + " "));
  }

  private boolean isActor(Mention m) {
    return actors.contains(m);
  }

  private static boolean hasSeatNamedAlike(Mention m, GeoName province) {
    for (GeoName c : m.candidates()) {
      if (c.precision() == Precision.TOWN && c.country().equals(province.country())
          && c.admin1().equals(province.admin1())) {
        return true;
      }
    }
    return false;
  }
}
