package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Finds and resolves the places of a report and tells where its event happened: places named in
 * a sentence about the violence, but not a capital that speaks or is blamed ("Islamabad blamed
 * India"), not where the wounded were taken, not a dateline.
 */
public final class PlaceExtractor {

  /** The places of one report and the distinct places its event happened at. */
  public record Result(List<Place> places, List<EventPlace> eventPlaces) {}

  private final ToponymFinder finder;
  private final PlaceResolver resolver;
  private final Gazetteer gazetteer;
  private final PlaceWords words;

  /**
   * An extractor resolving against {@code gazetteer}; {@code actorName} tells the names of known
   * actors, which are not places even when a tagger says so ("African Union"); {@code vocabulary}
   * holds the word lists of finding and resolving places (its {@code place/} files).
   */
  public PlaceExtractor(Gazetteer gazetteer, java.util.function.Predicate<String> actorName,
      Vocabulary vocabulary) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = new PlaceWords(vocabulary);
    this.finder = new ToponymFinder(gazetteer, actorName, words);
    this.resolver = new PlaceResolver(gazetteer, words);
  }

  /** The places of {@code text} in text order, and where its event happened. */
  public Result extract(AnalyzedText text) {
    return extract(text, null);
  }

  /**
   * The places of {@code text} in text order, and where its event happened, preferring among
   * namesakes the text leaves open those near {@code home} (the outlet's home; null when unknown).
   */
  public Result extract(AnalyzedText text, GeoName home) {
    List<Mention> mentions = finder.find(text);
    EventMentions rules = EventMentions.of(text, mentions, words);
    // by identity: the resolver asks for every candidate it scores
    Set<Mention> actors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Mention m : mentions) {
      if (rules.isActor(m)) {
        actors.add(m);
      }
    }
    List<GeoName> resolved = resolver.resolve(mentions, actors, home);
    boolean[] event = new boolean[mentions.size()];
    Set<String> sites = new java.util.HashSet<>();
    List<GeoName> siteEntries = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      event[i] = !actors.contains(m) && rules.isEventMention(m, resolved.get(i) != null);
      if (event[i]) {
        sites.add(identity(m, resolved.get(i)));
        if (resolved.get(i) != null) {
          siteEntries.add(resolved.get(i));
        }
      }
    }
    // "fighting across the Middle East": an area of several countries is where it happened only
    // when the report names nothing finer
    boolean finer = false;
    for (int i = 0; i < mentions.size(); i++) {
      finer |= event[i] && !acrossCountries(resolved.get(i));
    }
    List<Place> places = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      GeoName g = resolved.get(i);
      // every mention of a place where the event happened, and of the province or country
      // around it, is an event mention — unless it is only part of a name, or speaks or is blamed
      boolean site = !m.incidental() && !actors.contains(m)
          && (sites.contains(identity(m, g)) || g != null && contains(g, siteEntries));
      boolean at = (event[i] || site) && !(finer && acrossCountries(g));
      if (at || g != null || m.tagged() || m.cue() == null
          || m.cue().kind() != LocalityFinder.Kind.BUILDING) {
        // a building the gazetteer does not know is a place of the report only where its
        // event happened (or where the tagger too saw a place)
        places.add(place(m, g, at));
      }
    }
    return new Result(places, eventPlaces(places));
  }

  /** A region of no one country: the Middle East, the Sahel, the Black Sea. */
  private static boolean acrossCountries(GeoName g) {
    return g != null && g.precision() == Precision.REGION && g.country().isEmpty();
  }

  private static String identity(Mention m, GeoName g) {
    return g != null ? "id:" + g.id() : "name:" + PlaceNames.key(m.text());
  }

  /** True when {@code division} is a province or country that holds one of {@code sites}. */
  private static boolean contains(GeoName division, List<GeoName> sites) {
    for (GeoName s : sites) {
      if (s.precision() == Precision.COUNTRY || s.precision() == Precision.REGION
          || s.id() == division.id()) {
        continue;
      }
      boolean sameCountry = s.country().equals(division.country());
      if (division.precision() == Precision.COUNTRY && sameCountry
          || division.precision() == Precision.PROVINCE && sameCountry
              && s.precision() != Precision.PROVINCE && s.admin1().equals(division.admin1())) {
        return true;
      }
    }
    return false;
  }

  private Place place(Mention m, GeoName g, boolean event) {
    if (g == null) {
      return new Place(m.text(), m.start(), m.end(), null, null, null, null, null, null, null,
          null, Precision.UNRESOLVED, event);
    }
    String admin1 = g.precision() == Precision.COUNTRY ? null
        : gazetteer.admin1(g.country(), g.admin1()).map(GeoName::name).orElse(null);
    String admin2 = g.precision() == Precision.TOWN || g.precision() == Precision.DISTRICT
        ? gazetteer.admin2(g.country(), g.admin1(), g.admin2()).map(GeoName::name).orElse(null)
        : null;
    return new Place(m.text(), m.start(), m.end(), g.name(), g.id() > 0 ? g.id() : null,
        round(g.lat()),
        round(g.lon()), g.country().isEmpty() ? null : g.country(), admin1, admin2,
        String.valueOf(g.featureClass()),
        precisionOf(m, g), event);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e5) / 1e5;
  }

  /** What the text denotes: "Kurram district" is a district even when resolved to its town. */
  private Precision precisionOf(Mention m, GeoName g) {
    String d = m.divisionWord();
    if (d != null && (g.precision() == Precision.TOWN || g.precision() == Precision.DISTRICT)) {
      if (words.divisions.is(d, "province")) {
        return g.precision();
      }
      if (!words.divisions.is(d, "town") && !words.divisions.is(d, "area")) {
        return Precision.DISTRICT;
      }
    }
    return g.precision();
  }

  /** The distinct resolved (or unknown) places of event mentions, most precise first. */
  private static List<EventPlace> eventPlaces(List<Place> places) {
    Map<String, EventPlace> distinct = new LinkedHashMap<>();
    for (Place p : places) {
      if (p.event()) {
        String key = p.resolved() ? "at:" + p.name() + ":" + p.lat() + ":" + p.precision()
            : "name:" + PlaceNames.key(p.mention());
        distinct.putIfAbsent(key, EventPlace.of(p));
      }
    }
    List<EventPlace> out = new ArrayList<>(distinct.values());
    out.sort(Comparator.comparingInt(e -> e.precision().ordinal()));
    return out;
  }
}
