package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds and resolves the places of a report and tells where its event happened: places named in
 * a sentence about the violence, but not a capital that speaks or is blamed ("Islamabad blamed
 * India"), not where the wounded were taken, not a dateline.
 */
public final class PlaceExtractor {

  /** The places of one report and the distinct places its event happened at. */
  public record Result(List<Place> places, List<EventPlace> eventPlaces) {}

  private static final String[] EVENT_STEMS = {
    "attack", "kill", "bomb", "blast", "explo", "ambush", "clash", "raid", "shoot", "shot",
    "gunmen", "gunfire", "gunbattle", "fight", "struck", "storm", "assault", "abduct", "kidnap",
    "massacre", "wound", "injur", "dead", "died", "martyr", "offensive", "strike", "airstrike",
    "drone", "shell", "mortar", "rocket", "ied", "suicide", "detonat", "behead", "execut",
    "battle", "encounter", "firing", "hostage", "violence", "slain", "murder", "arson", "burn",
    "torched", "looted", "overran", "seized", "captured", "besieged", "siege", "insurgen",
    "operation", "incident", "arrest", "fire", "stab", "grenade", "hijack", "landmine",
    "explosive", "assailant", "gunman", "bomber", "ambush", "abduct", "shelled"
  };
  private static final Set<String> ACTOR_VERBS =
      Set.of("blamed", "blames", "blame", "accused", "accuses", "rejected", "rejects", "denied",
          "denies", "condemned", "condemns", "said", "says", "warned", "warns", "urged", "urges",
          "summoned", "summons", "called", "calls", "demanded", "demands", "responded", "vowed",
          "vows", "insisted", "claimed", "alleged", "dismissed", "protested", "retaliated",
          "announced", "hit", "hits", "has", "have", "had", "is", "was", "will", "would", "should",
          "must", "wants", "wanted", "backed", "backs", "supports", "supported", "sponsored",
          "sponsors");
  private static final Set<String> LOCATED_BY =
      Set.of("in", "at", "near", "across", "around", "inside");
  private static final Set<String> AUXILIARIES =
      Set.of("has", "have", "had", "is", "was", "will", "would", "should", "must");
  private static final Set<String> BLAME_BEFORE =
      Set.of("blamed", "blame", "blames", "accused", "accuses", "accusing", "blaming", "against",
          "by", "with", "backed", "sponsored", "urged", "urging", "asked", "told", "warned",
          "on");
  private static final Set<String> CARE_WORDS =
      Set.of("hospital", "hospitals", "taken", "shifted", "rushed", "referred", "airlifted",
          "moved", "transferred", "evacuated");

  private final ToponymFinder finder;
  private final PlaceResolver resolver;
  private final Gazetteer gazetteer;

  /**
   * An extractor resolving against {@code gazetteer}; {@code actorName} tells the names of known
   * actors, which are not places even when a tagger says so ("African Union").
   */
  public PlaceExtractor(Gazetteer gazetteer, java.util.function.Predicate<String> actorName) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.finder = new ToponymFinder(gazetteer, actorName);
    this.resolver = new PlaceResolver(gazetteer);
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
    // by identity: the resolver asks for every candidate it scores
    Set<Mention> actors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Mention m : mentions) {
      if (isActor(text.sentences().get(m.sentence()), m)) {
        actors.add(m);
      }
    }
    List<GeoName> resolved = resolver.resolve(mentions, actors, home);
    boolean[] event = new boolean[mentions.size()];
    Set<String> sites = new java.util.HashSet<>();
    List<GeoName> siteEntries = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      event[i] = !actors.contains(m) && isEventMention(text.sentences().get(m.sentence()), m);
      if (event[i]) {
        sites.add(identity(m, resolved.get(i)));
        if (resolved.get(i) != null) {
          siteEntries.add(resolved.get(i));
        }
      }
    }
    List<Place> places = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      GeoName g = resolved.get(i);
      // every mention of a place where the event happened, and of the province or country
      // around it, is an event mention — unless it is only part of a name, or speaks or is blamed
      boolean site = !m.incidental() && !actors.contains(m)
          && (sites.contains(identity(m, g)) || g != null && contains(g, siteEntries));
      places.add(place(m, g, event[i] || site));
    }
    return new Result(places, eventPlaces(places));
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

  /** "Islamabad blamed India", "Beijing urged Islamabad": a place standing for its government. */
  private static boolean isActor(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    int after = m.to();
    if (after < t.size() && (t.get(after).text().equals("'s") || t.get(after).text().equals("’s"))
        && after + 1 < t.size() && !t.get(after + 1).posStartsWith("NN")) {
      after++;
    }
    // "Islamabad has warned" stands for a government, "fighting in Darfur has driven" does not
    // (though "officials in Quetta said" still only speaks from there)
    boolean located = m.from() > 0 && LOCATED_BY.contains(t.get(m.from() - 1).lower());
    if (after < t.size() && ACTOR_VERBS.contains(t.get(after).lower())
        && !(located && AUXILIARIES.contains(t.get(after).lower()))) {
      return true;
    }
    for (int k = Math.max(0, m.from() - 2); k < m.from(); k++) {
      if (BLAME_BEFORE.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private Place place(Mention m, GeoName g, boolean event) {
    if (g == null) {
      return new Place(m.text(), m.start(), m.end(), null, null, null, null, null, null, null,
          null, precisionOf(m, null), event);
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
  private static Precision precisionOf(Mention m, GeoName g) {
    String d = m.divisionWord();
    if (d != null && (g == null || g.precision() == Precision.TOWN
        || g.precision() == Precision.DISTRICT)) {
      if (Set.of("province", "provinces", "region", "state", "governorate", "prefecture")
          .contains(d)) {
        return g == null ? Precision.PROVINCE : g.precision();
      }
      if (!Set.of("city", "town", "village", "commune", "area", "valley").contains(d)) {
        return Precision.DISTRICT;
      }
    }
    return g == null ? Precision.TOWN : g.precision();
  }

  /** A mention (not an actor) in a sentence about the violence, not where care was given. */
  private static boolean isEventMention(Sentence s, Mention m) {
    if (m.incidental() || !isEventSentence(s) || isDateline(s, m)) {
      return false;
    }
    List<Token> t = s.tokens();
    for (int k = Math.max(0, m.from() - 6); k < m.from(); k++) {
      String w = t.get(k).lower();
      if (CARE_WORDS.contains(w) || SPEAKING_WORDS.contains(w)) {
        return false;
      }
    }
    return governedByLocative(t, m.from());
  }

  /**
   * "in Kurram district", "at Maiduguri cattle market", "in Pakistan's northwestern Kurram
   * district", "in Mastung, Kalat and Noshki", "the outskirts of Mogadishu": the word that puts
   * the place in the sentence, looking left past adjectives, possessives, other place names and
   * lists, is one that locates something there.
   */
  private static boolean governedByLocative(List<Token> t, int from) {
    int k = from - 1;
    while (k >= 0) {
      Token w = t.get(k);
      String lower = w.lower();
      boolean skippable = lower.equals("'s") || lower.equals("’s") || lower.equals("the")
          || lower.equals(",") || lower.equals("and") || lower.equals("or")
          || COMPASS.contains(lower) || w.posStartsWith("JJ")
          || Character.isUpperCase(w.text().charAt(0)) && k > 0
          || ToponymFinder.DIVISION_WORDS.contains(lower) || NEIGHBOURHOODS.contains(lower);
      if (!skippable) {
        break;
      }
      k--;
    }
    if (k < 0) {
      return false;
    }
    String governor = t.get(k).lower();
    if (governor.equals("of")) {
      return k > 0 && AREA_NOUNS.contains(t.get(k - 1).lower());
    }
    if (governor.equals("from")) {
      // "abducted 17 people from Rubat Pai": where they were taken is where it happened
      for (int b = Math.max(0, k - 4); b < k; b++) {
        String w = t.get(b).lower();
        if (w.startsWith("abduct") || w.startsWith("kidnap") || w.startsWith("snatch")) {
          return true;
        }
      }
      return false;
    }
    return EVENT_LOCATIVES.contains(governor);
  }

  private static final Set<String> EVENT_LOCATIVES =
      Set.of("in", "near", "at", "outside", "around", "inside", "across", "on", "into",
          "between", "throughout", "within", "along", "over", "kills", "killed", "hits", "hit",
          "rocks", "rocked", "struck", "strikes", "attacked", "attack", "raided", "stormed",
          "shelled", "bombed", "targeted", "ambushed", "overran", "besieged", "seized", "storm",
          "storms", "rock", "kill",
          "captured", "overrun", "shelling", "bombing", "attacks", "raid", "strike");
  private static final Set<String> AREA_NOUNS =
      Set.of("outskirts", "areas", "area", "parts", "part", "village", "town", "city", "entrance",
          "edge", "gates", "gate", "market", "bazaar", "centre of", "middle",
          "district", "suburbs", "suburb", "centre", "center", "heart", "streets", "north",
          "south", "east", "west", "province", "region", "vicinity", "residents", "people");
  private static final Set<String> NEIGHBOURHOODS =
      Set.of("neighborhood", "neighbourhood", "locality", "quarter", "sector", "mohalla",
          "colony", "township", "suburb", "outskirts");
  private static final Set<String> COMPASS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "northwestern", "northeastern", "southwestern", "southeastern", "north-west",
          "north-east", "south-west", "south-east", "central", "restive", "neighbouring",
          "neighboring", "remote", "troubled", "volatile", "nearby");
  private static final Set<String> SPEAKING_WORDS =
      Set.of("reporters", "journalists", "speaking", "conference", "briefing", "visit",
          "visited", "visiting", "addressing", "statement");

  private static boolean isEventSentence(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lower();
      for (String stem : EVENT_STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "QUETTA:" / "PESHAWAR, Pakistan, Nov 21 (Reuters) -": where the report was filed. */
  private static boolean isDateline(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    if (m.from() > 3) {
      return false;
    }
    for (int k = m.to(); k < Math.min(t.size(), m.to() + 12); k++) {
      String w = t.get(k).text();
      if (w.equals(":") || w.equals("-") || w.equals("—") || w.equals("–")
          || w.equals("(") && k + 1 < t.size() && Character.isUpperCase(t.get(k + 1).text().charAt(0))
              && m.from() == 0) {
        String first = t.get(m.from()).text();
        return m.from() == 0 && (first.equals(first.toUpperCase(java.util.Locale.ROOT))
            || w.equals("("));
      }
      if (!(w.equals(",") || Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return false;
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
