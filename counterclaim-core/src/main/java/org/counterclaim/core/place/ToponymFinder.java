package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.divisionWordAt;
import static org.counterclaim.core.place.NameTokens.endsName;
import static org.counterclaim.core.place.NameTokens.isCapitalisedWord;
import static org.counterclaim.core.place.NameTokens.isDivisionWord;
import static org.counterclaim.core.place.NameTokens.isUpperCase;
import static org.counterclaim.core.place.NameTokens.startsName;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the words of a report that name places: the tagger's locations, and gazetteer names it
 * missed when the context says they are places ("in Pasni", "Kech district", a dateline, a longer
 * name such as "Dera Ismail Khan"). Common words that are also somewhere's name ("Police",
 * "Mercy", "Said") are not places unless the tagger says so.
 */
final class ToponymFinder {

  private static final int MAX_WORDS = 5;
  private static final long BIG_PLACE = 100_000;

  static final Set<String> LOCATIVES =
      Set.of("in", "near", "at", "from", "of", "to", "outside", "across", "around", "into",
          "between", "towards", "toward", "through", "inside", "and", "or", ",");

  /** Capitalised words that are names of places somewhere but far more often something else. */
  static final Set<String> COMMON = PlaceWords.NOT_PLACES;

  /** Last words of a facility or street: a location, but not one a gazetteer places. */
  private static final Set<String> FACILITIES =
      Set.of("hospital", "road", "street", "st.", "avenue", "highway", "bridge", "school",
          "college", "university", "mosque", "church", "market", "bazaar", "chowk", "square",
          "park", "stadium", "hotel", "airport", "station", "prison", "jail", "centre", "center",
          "complex", "building", "plaza", "mall", "drive", "boulevard", "lane", "parkway");

  private final Gazetteer gazetteer;
  private final java.util.function.Predicate<String> actorName;
  private final LocalityFinder localities;
  private final Mentions mentions;
  private final CompoundNames compounds;
  private final LocalityMentions localityMentions;

  /** A finder over {@code gazetteer}; {@code actorName} tells the names of known actors. */
  ToponymFinder(Gazetteer gazetteer, java.util.function.Predicate<String> actorName) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.localities = new LocalityFinder(name -> actorName.test(name)
        || gazetteer.demonym(name).isPresent());
    this.mentions = new Mentions(gazetteer);
    this.compounds = new CompoundNames(gazetteer);
    this.localityMentions = new LocalityMentions(gazetteer, mentions);
  }

  /**
   * The place mentions of {@code text}, in text order. A name recognised once is recognised
   * wherever the report repeats it ("Kurram district …" then "Kurram, which borders …").
   */
  List<Mention> find(AnalyzedText text) {
    List<Mention> out = new ArrayList<>();
    Set<String> known = new java.util.HashSet<>();
    // names only a locality word makes places ("Ngamdu village"), by key: found again alone
    java.util.Map<String, LocalityFinder.Cue> unlisted = new java.util.HashMap<>();
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      java.util.Map<Integer, LocalityFinder.Locality> cued = new java.util.HashMap<>();
      for (LocalityFinder.Locality l : localities.find(s)) {
        cued.putIfAbsent(l.from(), l);
      }
      int i = 0;
      while (i < t.size()) {
        if (operationName(t, i)) {
          // "Operation Herof": the name of an operation, not of a place
          while (i < t.size() && t.get(i).entity() == EntityType.LOCATION) {
            i++;
          }
          continue;
        }
        LocalityFinder.Locality locality = cued.get(i);
        Mention m = named(s, i);
        if (locality != null) {
          m = localityMentions.of(s, locality, m);
          if (m != null && m.cue() != null && m.candidates().isEmpty()
              && !m.cue().kind().wholeIsPlace()) {
            unlisted.put(PlaceNames.key(Token.join(t, locality.from(), locality.to())),
                m.cue());
          }
        }
        if (m != null) {
          out.add(m);
          remember(known, m);
          i = m.to();
          while (m.tagged() && i < t.size() && t.get(i).entity() == EntityType.LOCATION) {
            // the rest of a tagged name whose opening words were the place ("Athens Regional Park")
            i++;
          }
        } else {
          i++;
        }
      }
    }
    return CompassRegions.inNamedCountries(again(text, out, known, unlisted));
  }

  /** The place named from token {@code i} by the gazetteer and the tagger, or null. */
  private Mention named(Sentence s, int i) {
    List<Token> t = s.tokens();
    Mention m = startsName(t.get(i)) ? compounds.capitalised(s, i) : null;
    if (m == null) {
      m = t.get(i).entity() == EntityType.LOCATION ? tagged(s, i) : untagged(s, i);
    }
    if (m == null) {
      m = compounds.prefix(s, i);
    }
    if (m == null) {
      m = Datelines.at(s, i, gazetteer);
    }
    if (m == null) {
      m = GluedNames.at(s, i, gazetteer);
    }
    if (m == null) {
      m = CompassRegions.at(s, i, gazetteer);
    }
    return m;
  }

  private static void remember(Set<String> known, Mention m) {
    boolean closeVariant = m.candidates().stream().anyMatch(g ->
        NameSimilarity.similarity(PlaceNames.key(m.text()), PlaceNames.key(g.name())) >= 0.8);
    if (m.incidental() || m.candidates().isEmpty() || m.loose() && !m.tagged() && !closeVariant) {
      return;
    }
    String words = m.divisionWord() != null && m.text().toLowerCase(Locale.ROOT)
        .endsWith(" " + m.divisionWord()) ? m.text().substring(0, m.text().lastIndexOf(' '))
        : m.text();
    String key = PlaceNames.key(words);
    known.add(key);
    for (GeoName g : m.candidates()) {
      // "Noshki" then "Nushki": the gazetteer's spelling of a place already named
      String name = PlaceNames.key(g.name());
      if (m.candidates().size() == 1 || NameSimilarity.similarity(key, name) >= 0.7) {
        known.add(name);
      }
    }
  }

  /** Repeats of names already recognised, wherever the first pass left them. */
  private List<Mention> again(AnalyzedText text, List<Mention> first, Set<String> known,
      java.util.Map<String, LocalityFinder.Cue> unlisted) {
    List<Mention> out = new ArrayList<>(first);
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!startsName(t.get(i)) || covered(first, s.index(), i)) {
          continue;
        }
        for (int j = Math.min(t.size(), i + MAX_WORDS); j > i; j--) {
          String key = PlaceNames.key(Token.join(t, i, j));
          LocalityFinder.Cue cue = unlisted.get(key);
          if (!known.contains(key) && cue == null || COMMON.contains(key)
              || crossesPunctuation(t, i, j)
              || covered(first, s.index(), j - 1)
              || j < t.size() && startsName(t.get(j)) && !isDivisionWord(t.get(j).lower())) {
            continue;
          }
          List<GeoName> found = cue != null ? List.of()
              : withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
          boolean loose = found.isEmpty() && cue == null;
          if (loose) {
            found = gazetteer.namedLoosely(Token.join(t, i, j));
          }
          boolean tagged = false;
          for (int k = i; k < j; k++) {
            tagged |= t.get(k).entity() == EntityType.PERSON
                || t.get(k).entity() == EntityType.ORGANIZATION;
          }
          // the tagger's person or organisation stays one, unless it names a country, a province
          // or a city, or stands alone ("Kalat and Mastung")
          boolean notable = found.stream().anyMatch(g -> g.featureClass() == 'A'
              || g.population() >= BIG_PLACE);
          // "In Kalat and Mastung": a name listed beside a place already found
          boolean listed = i >= 2 && (t.get(i - 1).lower().equals("and")
              || t.get(i - 1).text().equals(",")) && covered(out, s.index(), i - 2);
          if (!tagged || notable || listed || placeContext(t, i)) {
            Mention again = mention(s, i, j, divisionWordAt(t, j), false, found, loose);
            out.add(cue != null ? again.withCue(cue) : again);
            i = j - 1;
            break;
          }
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt(Mention::start));
    return out;
  }

  private static boolean covered(List<Mention> mentions, int sentence, int token) {
    for (Mention m : mentions) {
      if (m.sentence() == sentence && m.from() <= token && token < m.to()) {
        return true;
      }
    }
    return false;
  }

  private static boolean operationName(List<Token> t, int i) {
    return i > 0 && t.get(i).entity() == EntityType.LOCATION
        && t.get(i - 1).lower().equals("operation");
  }

  /** A run of tokens the tagger marked as a location. */
  private Mention tagged(Sentence s, int i) {
    List<Token> t = s.tokens();
    int j = i;
    while (j < t.size() && t.get(j).entity() == EntityType.LOCATION) {
      j++;
    }
    // "Lashkar Gah" when the tagger stopped at "Lashkar"
    for (int longer = Math.min(t.size(), j + 2); longer > j; longer--) {
      if (startsName(t.get(longer - 1)) && !crossesPunctuation(t, i, longer)) {
        List<GeoName> found = gazetteer.named(Token.join(t, i, longer));
        if (!found.isEmpty()) {
          return mention(s, i, longer, divisionWordAt(t, longer), true, found, false);
        }
      }
    }
    String words = Token.join(t, i, j);
    if (COMMON.contains(words.toLowerCase(Locale.ROOT))) {
      return null;
    }
    String division = divisionWordAt(t, j);
    List<GeoName> exact = withTownOfName(t, i, j, gazetteer.named(words));
    if (j - i == 1 && isUpperCase(words) && words.length() <= 3) {
      // "IG", "AU": initials, which name a country or province if anything
      exact = exact.stream().filter(g -> g.featureClass() == 'A').toList();
      if (exact.isEmpty()) {
        return null;
      }
    }
    if (!exact.isEmpty()) {
      return mention(s, i, j, division, true, exact, false);
    }
    // "Rapides Parish", "Borno State": the tagger included the division word
    if (j - i >= 2 && isDivisionWord(t.get(j - 1).lower())) {
      List<GeoName> base = gazetteer.named(Token.join(t, i, j - 1));
      if (!base.isEmpty()) {
        return mention(s, i, j, t.get(j - 1).lower(), true, base, false);
      }
    }
    // "North Texas", "Northeast Georgia": a region of a known place, placed at the place
    int head = i;
    while (head < j - 1 && (COMPASS_WORDS.contains(t.get(head).lower())
        || isRegionWord(t.get(head).lower()))) {
      head++;
    }
    if (head > i && !COMPASS_WORDS.contains(t.get(head).lower())
        && !isRegionWord(t.get(head).lower())) {
      List<GeoName> found = gazetteer.named(Token.join(t, head, j));
      if (!found.isEmpty()) {
        return mention(s, i, j, division, true, found, false);
      }
    }
    // "Athens Regional Park", "Dublin Convention": a known place opening a longer name
    for (int k = j - 1; k > i; k--) {
      if (COMMON.contains(Token.join(t, i, k).toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<GeoName> found = gazetteer.named(Token.join(t, i, k));
      if (found.stream().anyMatch(g -> g.featureClass() == 'A' || g.population() >= 1_000)) {
        return mention(s, i, k, null, true, found, false, true);
      }
    }
    if (COMMON.contains(t.get(i).lower())) {
      // "Operation Herof", "North Waziristan" aside: a common first word and no gazetteer name
      return j - i > 1 && !t.get(i).lower().equals("operation")
          ? mention(s, i, j, division, true, List.of(), false) : null;
    }
    int dash = words.lastIndexOf('-');
    if (j - i == 1 && dash > 0 && dash + 1 < words.length()
        && Character.isLowerCase(words.charAt(dash + 1))) {
      // "Muslim-majority", "rebel-held": an adjective, not a place
      return null;
    }
    List<GeoName> loose = gazetteer.namedLoosely(words);
    if (loose.isEmpty() && (FACILITIES.contains(t.get(j - 1).lower()) || actorName.test(words)
        || isUpperCase(words) && words.length() <= 5)) {
      // "Civil Hospital", "Sariab Road", "African Union", "ATMIS": the tagger's locations that
      // no map can place, or actors
      return null;
    }
    if (loose.isEmpty() && j - i >= 2) {
      // "United Way of Metropolitan Atlanta", "Science Museum of Virginia": a tagged name the
      // gazetteer does not know, holding one it does
      Mention inner = innerPlace(s, i, j);
      if (inner != null) {
        return inner;
      }
    }
    return mention(s, i, j, division, true, loose, true);
  }

  /** True when tokens i..j name a body or building ("Science Museum of Virginia"). */
  private static boolean namesInstitution(List<Token> t, int i, int j) {
    for (int k = i; k < j; k++) {
      String w = t.get(k).lower();
      if (w.equals("of") || ORGANISATION_HEADS.contains(w) || FACILITIES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last known place within tokens i..j: in the name of a body or building, a country,
   * province or town of 1,000 people; in any other name ("Metro Atlanta"), a country, province
   * or city — not "Ganji" in Quetta's "Hazar Ganji".
   */
  private Mention innerPlace(Sentence s, int i, int j) {
    List<Token> t = s.tokens();
    long smallest = namesInstitution(t, i, j) ? 1_000 : BIG_PLACE;
    for (int end = j; end > i; end--) {
      for (int from = Math.max(i, end - 3); from < end; from++) {
        if (from == i && end == j || !startsName(t.get(from))
            || COMMON.contains(Token.join(t, from, end).toLowerCase(Locale.ROOT))) {
          continue;
        }
        List<GeoName> found = gazetteer.named(Token.join(t, from, end)).stream()
            .filter(g -> g.featureClass() == 'A' || g.population() >= smallest).toList();
        if (!found.isEmpty()) {
          return mention(s, from, end, null, true, found, false, true);
        }
      }
    }
    return null;
  }

  /** The longest gazetteer name starting at token {@code i} that the context makes a place. */
  private Mention untagged(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token first = t.get(i);
    if (!startsName(first)) {
      return null;
    }
    Mention named = inOrganisationName(s, i);
    if (named != null) {
      return named;
    }
    Mention namedDivision = namedDivision(s, i);
    if (namedDivision != null) {
      return namedDivision;
    }
    if (first.entity() != EntityType.PERSON && i + 1 < t.size() && startsName(t.get(i + 1))) {
      java.util.Optional<GeoName> nation = gazetteer.demonym(Token.join(t, i, i + 2));
      if (nation.isPresent()) {
        return mention(s, i, i + 2, null, false, List.of(nation.get()), false, true);
      }
    }
    if (first.entity() != EntityType.PERSON) {
      java.util.Optional<GeoName> nation = gazetteer.demonym(first.text());
      if (nation.isPresent() && !(i + 1 < t.size() && startsName(t.get(i + 1))
          && gazetteer.named(Token.join(t, i, i + 2)).size() > 0)) {
        // "Afghan forces", "the Russians": the country, never the event's place
        return mention(s, i, i + 1, null, false, List.of(nation.get()), false, true);
      }
    }
    boolean isolated = !(i > 0 && startsName(t.get(i - 1)) && !COMMON.contains(t.get(i - 1).lower()))
        && !(i + 1 < t.size() && startsName(t.get(i + 1)));
    boolean capital = isolated && gazetteer.named(first.text()).stream()
        .anyMatch(g -> g.precision() == Precision.COUNTRY || g.featureCode().equals("PPLC"));
    if ((first.entity() == EntityType.ORGANIZATION || first.entity() == EntityType.PERSON)
        && !placeContext(t, i) && divisionWordAt(t, i + 1) == null
        && divisionWordAt(t, i + 2) == null && !capital && !jurisdictionAfter(t, i + 1)) {
      // a tagged person or organisation, unless it is a lone country or capital ("Damascus
      // blamed …")
      // the tagger calls a listed town a person now and then ("in Mastung, Kalat, Noshki")
      return null;
    }
    for (int j = Math.min(t.size(), i + MAX_WORDS); j > i; j--) {
      if (!endsName(t.get(j - 1)) || crossesPunctuation(t, i, j)) {
        continue;
      }
      String words = Token.join(t, i, j);
      if (COMMON.contains(words.toLowerCase(Locale.ROOT)) && divisionWordAt(t, j) == null) {
        // "Bay" is a word, "Bay region" a place
        if (j - i == 1) {
          return null;
        }
        continue;
      }
      List<GeoName> found = withTownOfName(t, i, j, gazetteer.named(words));
      if (j - i == 1 && i > 0 && isUpperCase(words)) {
        // "TV", "PRIDE", "DFL": capitals mid-sentence name a country or province, if anything
        found = found.stream().filter(g -> g.featureClass() == 'A').toList();
      }
      if (found.isEmpty()) {
        continue;
      }
      String division = divisionWordAt(t, j);
      return accepted(t, i, j, division, found) ? mention(s, i, j, division, false, found, false)
          : null;
    }
    if (i > 0 && isUpperCase(first.text()) && first.text().length() <= 5
        || actorName.test(first.text())) {
      // "from the RSF", "the ELN's front": initials and actors have no spelling variants
      return null;
    }
    // a spelling variant, only where the context leaves no doubt that a place is named
    boolean dateline = i == 0 && isUpperCase(first.text()) && i + 1 < t.size()
        && (t.get(i + 1).text().equals(":") || t.get(i + 1).text().equals(","));
    int run = LocalityFinder.nameRunEnd(t, i);
    if (run > i + 1) {
      // "the outskirts of Deir al-Balah": a longer name, as a whole, where a place is expected
      List<GeoName> loose = placeContext(t, i) ? gazetteer.namedLoosely(Token.join(t, i, run))
          : List.of();
      return loose.isEmpty() ? null
          : mention(s, i, run, divisionWordAt(t, run), false, loose, true);
    }
    if (i + 1 < t.size() && startsName(t.get(i + 1)) || !placeContext(t, i) && !dateline
        && divisionWordAt(t, i + 1) == null) {
      return null;
    }
    List<GeoName> loose = gazetteer.namedLoosely(first.text());
    if (!loose.isEmpty()) {
      return mention(s, i, i + 1, divisionWordAt(t, i + 1), false, loose, true);
    }
    // "in Maywand district", "in Shirin Tagab district": a division the gazetteer lacks
    Mention unknownDivision = unknownDivision(s, i);
    if (unknownDivision != null) {
      return unknownDivision;
    }
    // "in Konduga, Borno State", "in Khan Aqa, Qush Tepa district, Jawzjan": a place the
    // gazetteer lacks, placed by the division after it
    if (!placeContext(t, i) || COMMON.contains(first.lower())) {
      return null;
    }
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))
        && !COMMON.contains(t.get(k).lower())) {
      k++;
    }
    int c = k + 1;
    while (c < t.size() && COMPASS_WORDS.contains(t.get(c).lower())) {
      // "in Kuchi, western Niger"
      c++;
    }
    boolean placedInDivision = c < t.size() && t.get(k).text().equals(",")
        && (isDivisionName(t.get(c)) || divisionAhead(t, c));
    return placedInDivision ? mention(s, i, k, null, false, List.of(), false) : null;
  }

  /** "Qush Tepa district": capitalised words and then a division word, from {@code i}. */
  private static boolean divisionAhead(List<Token> t, int i) {
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))) {
      k++;
    }
    return k > i && divisionWordAt(t, k) != null;
  }

  private static final Set<String> COMPASS_WORDS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western",
          "northwestern", "northeastern", "southwestern", "southeastern", "north-west",
          "north-east", "south-west", "south-east", "central", "restive", "remote", "volatile");

  private static final Set<String> ORGANISATION_HEADS =
      Set.of("department", "university", "college", "state", "police", "army", "bureau",
          "court", "commission", "association", "council", "times", "post", "service", "party",
          "liberation", "senate", "house", "assembly", "board", "agency", "institute",
          "hospital", "airport", "company", "corporation", "authority", "government", "ministry",
          "office", "club", "coalition", "partners", "society", "museum", "center", "centre",
          "school", "schools", "front", "movement", "league", "forces", "force", "rangers",
          "constabulary", "scouts", "levies", "guard", "corps", "division", "district", "high",
          "supreme", "public", "general", "national", "federation", "union", "daily", "tribune",
          "herald", "journal", "observer", "chronicle", "gazette", "news", "radio", "television",
          "tv", "brigade", "regiment", "battalion", "command", "mayor", "branch", "bank",
          "church", "chamber", "library", "zoo", "port", "city");

  /**
   * "Ohio State University", "Balochistan Liberation Army", "Khyber Pakhtunkhwa Police": a
   * division, country or big place at the start of an organisation's name, kept as an incidental
   * mention.
   */
  private Mention inOrganisationName(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (t.get(i).entity() == EntityType.ORGANIZATION && i > 0
        && t.get(i - 1).entity() == EntityType.ORGANIZATION) {
      // inside a tagged organisation: "University of Georgia", "Bank of Kabul"
      for (int j = Math.min(t.size(), i + 3); j > i; j--) {
        if (t.get(j - 1).entity() != EntityType.ORGANIZATION || crossesPunctuation(t, i, j)) {
          continue;
        }
        List<GeoName> found = withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
        if (found.stream().anyMatch(g -> g.featureClass() == 'A' || g.population() >= BIG_PLACE)) {
          return mention(s, i, j, null, false, found, false, true);
        }
      }
      return null;
    }
    if (i > 0 && startsName(t.get(i - 1)) && !COMMON.contains(t.get(i - 1).lower())
        || t.get(i).entity() == EntityType.PERSON) {
      return null;
    }
    for (int j = Math.min(t.size() - 1, i + 3); j > i; j--) {
      if (crossesPunctuation(t, i, j) || !startsName(t.get(j))) {
        continue;
      }
      if (!organisationFollows(t, j)) {
        continue;
      }
      if (longerName(t, i, j)) {
        // "Kansas City Power", "West Columbia City Council": the place's name goes on
        return null;
      }
      List<GeoName> found = withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
      boolean notable = found.stream().anyMatch(g -> g.featureClass() == 'A'
          || g.population() >= BIG_PLACE);
      if (notable) {
        return mention(s, i, j, null, false, found, false, true);
      }
    }
    return null;
  }

  /**
   * "Dublin City": an alternate name of one place (Ireland's capital) that is also how any town
   * of the name writes itself ("Dublin City Council" in Ohio): the namesakes of the name without
   * "City" or "Town" join the candidates, unless some place bears the whole name as its own
   * ("Kansas City").
   */
  private List<GeoName> withTownOfName(List<Token> t, int i, int j, List<GeoName> found) {
    String last = t.get(j - 1).lower();
    if (j - i < 2 || found.isEmpty() || !last.equals("city") && !last.equals("town")) {
      return found;
    }
    String whole = PlaceNames.key(Token.join(t, i, j));
    if (found.stream().anyMatch(g -> PlaceNames.key(g.name()).equals(whole))) {
      return found;
    }
    List<GeoName> all = new ArrayList<>(found);
    gazetteer.named(Token.join(t, i, j - 1)).stream()
        .filter(g -> g.precision() == Precision.TOWN && !all.contains(g)).forEach(all::add);
    return all;
  }

  /** True when capitalised words from {@code i} past {@code j} still name a known place. */
  private boolean longerName(List<Token> t, int i, int j) {
    for (int k = j + 1; k <= Math.min(t.size(), i + MAX_WORDS); k++) {
      if (!startsName(t.get(k - 1)) || crossesPunctuation(t, i, k)) {
        return false;
      }
      if (!gazetteer.named(Token.join(t, i, k)).isEmpty()) {
        return true;
      }
    }
    return false;
  }


  private static final Set<String> NAMED_DIVISIONS =
      Set.of("county", "parish", "district", "province", "governorate", "region", "township");

  /**
   * "Laurel County", "Rapides Parish", "Kech District": a name followed by a capitalised
   * division word is a division even where the gazetteer does not know it.
   */
  private Mention namedDivision(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (i > 0 && startsName(t.get(i - 1)) && !COMMON.contains(t.get(i - 1).lower())) {
      return null;
    }
    for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
      Token w = t.get(j);
      if (!startsName(w)) {
        return null;
      }
      if (j + 2 < t.size() && Token.join(t, j, j + 3).equalsIgnoreCase("Local Government Area")
          && !COMMON.contains(t.get(i).lower())) {
        // Nigeria's local government areas are its districts
        List<GeoName> found = gazetteer.named(Token.join(t, i, j) + " district");
        return mention(s, i, j, null, false,
            found.isEmpty() ? gazetteer.named(Token.join(t, i, j)) : found, false);
      }
      if (NAMED_DIVISIONS.contains(w.lower()) && !COMMON.contains(t.get(i).lower())) {
        String name = Token.join(t, i, j);
        List<GeoName> found = gazetteer.named(Token.join(t, i, j + 1));
        if (found.isEmpty()) {
          found = gazetteer.named(name);
        }
        return mention(s, i, j, w.lower(), false, found, false);
      }
    }
    return null;
  }

  /** True when the capitalised words from {@code j} name an organisation. */
  private static boolean organisationFollows(List<Token> t, int j) {
    for (int k = j; k < Math.min(t.size(), j + 4) && startsName(t.get(k)); k++) {
      if (ORGANISATION_HEADS.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "in Maywand district", "across Shirin Tagab district": capitalised words the gazetteer does
   * not know, after a locative word and before a division word, name a division.
   */
  private Mention unknownDivision(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (!placeContext(t, i) || COMMON.contains(t.get(i).lower())) {
      return null;
    }
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))
        && !COMMON.contains(t.get(k).lower())) {
      k++;
    }
    String division = divisionWordAt(t, k);
    if (k == i || division == null || !Character.isLowerCase(t.get(k).text().charAt(0))
        || !(Mentions.DISTRICT_LOOKUP.contains(division) || division.equals("province"))) {
      return null;
    }
    return mention(s, i, k, division, false, List.of(), false);
  }

  /** "in Kalat", "near Noshki", "Mastung, Kalat": a word where a place name is expected. */
  private boolean placeContext(List<Token> t, int i) {
    int k = i - 1;
    while (k >= 0 && COMPASS_WORDS.contains(t.get(k).lower())) {
      k--;
    }
    if (k >= 1 && t.get(k).lower().equals("the") && (PlaceNames.key(t.get(i).text()).length() > 4
        || LocalityFinder.nameRunEnd(t, i) > i + 1
        || i + 2 < t.size() && t.get(i + 1).lower().equals("of") && startsName(t.get(i + 2)))) {
      // "across the Line of Control", "in the Gambia" (a short name after "the" is as often no
      // place: "the Miss category")
      k--;
    }
    String before = k >= 0 ? t.get(k).lower() : "";
    if (Set.of("in", "near", "at", "outside", "from", "around", "across").contains(before)) {
      return true;
    }
    if (before.equals("of") && k > 0 && PlaceWords.EVENT.is(t.get(k - 1).lower(), "area-of")) {
      // "the outskirts of", "just east of"
      return true;
    }
    boolean listed = before.equals(",") || before.equals("and");
    boolean placeBefore = i >= 2 && t.get(i - 2).entity() == EntityType.LOCATION;
    boolean joined = i + 2 < t.size()
        && (t.get(i + 1).text().equals(",") || t.get(i + 1).lower().equals("and"));
    boolean placeAfter = joined && (t.get(i + 2).entity() == EntityType.LOCATION
        || t.get(i + 1).text().equals(",") && isDivisionName(t.get(i + 2)));
    return listed && placeBefore || placeAfter;
  }

  /** "Afghanistan", "Balochistan": a token that names a country or province on its own. */
  private boolean isDivisionName(Token t) {
    return startsName(t) && gazetteer.named(t.text()).stream().anyMatch(g ->
        g.precision() == Precision.COUNTRY || g.precision() == Precision.PROVINCE);
  }

  /** Whether the context makes a gazetteer match a place rather than a namesake word. */
  private boolean accepted(List<Token> t, int i, int j, String division,
      List<GeoName> found) {
    boolean partOfLongerName = i > 1 && isCapitalisedWord(t.get(i - 1))
        || j < t.size() && isCapitalisedWord(t.get(j)) && division == null;
    if (partOfLongerName) {
      return false;
    }
    if (j - i >= 2 || division != null) {
      return true;
    }
    boolean dateline = i == 0 && j < t.size() && (isUpperCase(t.get(i).text())
        && (t.get(j).text().equals(",") || t.get(j).text().equals(":"))
        || t.get(j).text().equals("(") || t.get(j).text().equals("—")
        || t.get(j).text().equals("-") && isUpperCase(t.get(i).text()));
    String w = t.get(i).text();
    if (PlaceNames.key(w).length() <= 4 && !w.endsWith(".") && !isUpperCase(w)) {
      // "Mass", "Miss", "Tank", "Hit": short names need a place's context
      return placeContext(t, i) || listOfPlaces(t, i);
    }
    boolean big = found.stream().anyMatch(g -> g.featureClass() == 'A'
        || g.population() >= BIG_PLACE && i > 0);
    return dateline || big || placeContext(t, i) || listOfPlaces(t, i)
        || jurisdictionAfter(t, j);
  }

  /**
   * "Fargo Mayor Dennis Walaker", "Brownsboro police", "DuPage Sheriff": an office or a police
   * force at token {@code j}, whose jurisdiction the name before it is.
   */
  private static boolean jurisdictionAfter(List<Token> t, int j) {
    if (j >= t.size()) {
      return false;
    }
    String w = t.get(j).lower();
    return PlaceWords.EVENT.is(w, "title") || PlaceWords.EVENT.is(w, "local-authority");
  }

  /** "Mastung, Kalat and Noshki": a name in a list whose neighbours are capitalised too. */
  private static boolean listOfPlaces(List<Token> t, int i) {
    if (i < 2) {
      return false;
    }
    String before = t.get(i - 1).lower();
    return (before.equals(",") || before.equals("and")) && isCapitalisedWord(t.get(i - 2));
  }

  private static boolean isRegionWord(String w) {
    return w.equals("northeast") || w.equals("northwest") || w.equals("southeast")
        || w.equals("southwest") || w.equals("upper") || w.equals("lower") || w.equals("greater")
        || w.equals("historic") || w.equals("downtown") || w.equals("most") || w.equals("old");
  }

  private Mention mention(Sentence s, int i, int j, String division, boolean tagged,
      List<GeoName> candidates, boolean loose) {
    return mentions.of(s, i, j, division, tagged, candidates, loose);
  }

  private Mention mention(Sentence s, int i, int j, String division, boolean tagged,
      List<GeoName> candidates, boolean loose, boolean incidental) {
    return mentions.of(s, i, j, division, tagged, candidates, loose, incidental);
  }
}
