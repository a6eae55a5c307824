package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
import static org.counterclaim.core.place.NameTokens.endsName;
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

  private final Gazetteer gazetteer;
  private final java.util.function.Predicate<String> actorName;
  private final PlaceWords placeWords;
  private final LocalityFinder localities;
  private final Mentions mentions;
  private final CompoundNames compounds;
  private final CompassRegions compassRegions;
  private final LocalityMentions localityMentions;
  private final NameLookup lookup;
  private final PlaceContext context;
  private final TaggedNames taggedNames;
  private final OrganisationNames organisations;
  private final RepeatedNames repeats;

  /**
   * A finder over {@code gazetteer} reading {@code words}; {@code actorName} tells the names of
   * known actors.
   */
  ToponymFinder(Gazetteer gazetteer, java.util.function.Predicate<String> actorName,
      PlaceWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.actorName = Objects.requireNonNull(actorName, "actorName");
    this.placeWords = Objects.requireNonNull(words, "words");
    this.localities = new LocalityFinder(name -> actorName.test(name)
        || gazetteer.demonym(name).isPresent(), words);
    this.mentions = new Mentions(gazetteer, words);
    this.compounds = new CompoundNames(gazetteer, words);
    this.compassRegions = new CompassRegions(words);
    this.lookup = new NameLookup(gazetteer);
    this.context = new PlaceContext(lookup, words, localities);
    this.taggedNames = new TaggedNames(gazetteer, actorName, lookup, context, mentions, words);
    this.organisations = new OrganisationNames(gazetteer, lookup, mentions, words);
    this.repeats = new RepeatedNames(gazetteer, lookup, context, mentions, words);
    this.localityMentions = new LocalityMentions(gazetteer, mentions, words);
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
          RepeatedNames.remember(known, m);
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
    return compassRegions.inNamedCountries(repeats.again(text, out, known, unlisted));
  }

  /** The place named from token {@code i} by the gazetteer and the tagger, or null. */
  private Mention named(Sentence s, int i) {
    List<Token> t = s.tokens();
    Mention m = startsName(t.get(i)) ? compounds.capitalised(s, i) : null;
    if (m == null) {
      m = t.get(i).entity() == EntityType.LOCATION ? taggedNames.tagged(s, i) : untagged(s, i);
    }
    if (m == null) {
      m = compounds.prefix(s, i);
    }
    if (m == null) {
      m = Datelines.at(s, i, gazetteer, placeWords.notPlaces);
    }
    if (m == null) {
      m = GluedNames.at(s, i, gazetteer, placeWords.notPlaces);
    }
    if (m == null) {
      m = compassRegions.at(s, i, gazetteer);
    }
    return m;
  }

  private static boolean operationName(List<Token> t, int i) {
    return i > 0 && t.get(i).entity() == EntityType.LOCATION
        && t.get(i - 1).lower().equals("operation");
  }

  /** The longest gazetteer name starting at token {@code i} that the context makes a place. */
  private Mention untagged(Sentence s, int i) {
    List<Token> t = s.tokens();
    Token first = t.get(i);
    if (!startsName(first)) {
      return null;
    }
    Mention named = organisations.inOrganisationName(s, i);
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
    boolean isolated = !(i > 0 && startsName(t.get(i - 1))
        && !placeWords.notPlaces.contains(t.get(i - 1).lower()))
        && !(i + 1 < t.size() && startsName(t.get(i + 1)));
    boolean capital = isolated && gazetteer.named(first.text()).stream()
        .anyMatch(g -> g.precision() == Precision.COUNTRY || g.featureCode().equals("PPLC"));
    if ((first.entity() == EntityType.ORGANIZATION || first.entity() == EntityType.PERSON)
        && !context.placeContext(t, i) && placeWords.divisionWordAt(t, i + 1) == null
        && placeWords.divisionWordAt(t, i + 2) == null && !capital
        && !context.jurisdictionAfter(t, i + 1)) {
      // a tagged person or organisation, unless it is a lone country or capital ("Damascus
      // blamed …")
      // the tagger calls a listed town a person now and then ("in Mastung, Kalat, Noshki")
      return null;
    }
    for (int j = Math.min(t.size(), i + NameLookup.MAX_WORDS); j > i; j--) {
      if (!endsName(t.get(j - 1)) || crossesPunctuation(t, i, j)) {
        continue;
      }
      String words = Token.join(t, i, j);
      if (placeWords.notPlaces.contains(words.toLowerCase(Locale.ROOT))
          && placeWords.divisionWordAt(t, j) == null) {
        // "Bay" is a word, "Bay region" a place
        if (j - i == 1) {
          return null;
        }
        continue;
      }
      List<GeoName> found = lookup.withTownOfName(t, i, j, gazetteer.named(words));
      if (j - i == 1 && i > 0 && isUpperCase(words)) {
        // "TV", "PRIDE", "DFL": capitals mid-sentence name a country or province, if anything
        found = found.stream().filter(g -> g.featureClass() == 'A').toList();
      }
      if (found.isEmpty()) {
        continue;
      }
      String division = placeWords.divisionWordAt(t, j);
      return context.accepted(t, i, j, division, found)
          ? mention(s, i, j, division, false, found, false) : null;
    }
    if (i > 0 && isUpperCase(first.text()) && first.text().length() <= 5
        || actorName.test(first.text())) {
      // "from the RSF", "the ELN's front": initials and actors have no spelling variants
      return null;
    }
    // a spelling variant, only where the context leaves no doubt that a place is named
    boolean dateline = i == 0 && isUpperCase(first.text()) && i + 1 < t.size()
        && (t.get(i + 1).text().equals(":") || t.get(i + 1).text().equals(","));
    int run = localities.nameRunEnd(t, i);
    if (run > i + 1) {
      // "the outskirts of Deir al-Balah": a longer name, as a whole, where a place is expected
      List<GeoName> loose = context.placeContext(t, i)
          ? gazetteer.namedLoosely(Token.join(t, i, run)) : List.of();
      return loose.isEmpty() ? null
          : mention(s, i, run, placeWords.divisionWordAt(t, run), false, loose, true);
    }
    if (i + 1 < t.size() && startsName(t.get(i + 1)) || !context.placeContext(t, i) && !dateline
        && placeWords.divisionWordAt(t, i + 1) == null) {
      return null;
    }
    List<GeoName> loose = gazetteer.namedLoosely(first.text());
    if (!loose.isEmpty()) {
      return mention(s, i, i + 1, placeWords.divisionWordAt(t, i + 1), false, loose, true);
    }
    // "in Maywand district", "in Shirin Tagab district": a division the gazetteer lacks
    Mention unknownDivision = unknownDivision(s, i);
    if (unknownDivision != null) {
      return unknownDivision;
    }
    // "in Konduga, Borno State", "in Khan Aqa, Qush Tepa district, Jawzjan": a place the
    // gazetteer lacks, placed by the division after it
    if (!context.placeContext(t, i) || placeWords.notPlaces.contains(first.lower())) {
      return null;
    }
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))
        && !placeWords.notPlaces.contains(t.get(k).lower())) {
      k++;
    }
    int c = k + 1;
    while (c < t.size() && placeWords.compass.contains(t.get(c).lower())) {
      // "in Kuchi, western Niger"
      c++;
    }
    boolean placedInDivision = c < t.size() && t.get(k).text().equals(",")
        && (lookup.isDivisionName(t.get(c)) || divisionAhead(t, c));
    return placedInDivision ? mention(s, i, k, null, false, List.of(), false) : null;
  }

  /** "Qush Tepa district": capitalised words and then a division word, from {@code i}. */
  private boolean divisionAhead(List<Token> t, int i) {
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))) {
      k++;
    }
    return k > i && placeWords.divisionWordAt(t, k) != null;
  }

  /**
   * "Laurel County", "Rapides Parish", "Kech District": a name followed by a capitalised
   * division word is a division even where the gazetteer does not know it.
   */
  private Mention namedDivision(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (i > 0 && startsName(t.get(i - 1)) && !placeWords.notPlaces.contains(t.get(i - 1).lower())) {
      return null;
    }
    for (int j = i + 1; j < Math.min(t.size(), i + 4); j++) {
      Token w = t.get(j);
      if (!startsName(w)) {
        return null;
      }
      if (j + 2 < t.size() && Token.join(t, j, j + 3).equalsIgnoreCase("Local Government Area")
          && !placeWords.notPlaces.contains(t.get(i).lower())) {
        // Nigeria's local government areas are its districts
        List<GeoName> found = gazetteer.named(Token.join(t, i, j) + " district");
        return mention(s, i, j, null, false,
            found.isEmpty() ? gazetteer.named(Token.join(t, i, j)) : found, false);
      }
      if (placeWords.namedDivisions.contains(w.lower())
          && !placeWords.notPlaces.contains(t.get(i).lower())) {
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

  /**
   * "in Maywand district", "across Shirin Tagab district": capitalised words the gazetteer does
   * not know, after a locative word and before a division word, name a division.
   */
  private Mention unknownDivision(Sentence s, int i) {
    List<Token> t = s.tokens();
    if (!context.placeContext(t, i) || placeWords.notPlaces.contains(t.get(i).lower())) {
      return null;
    }
    int k = i;
    while (k < Math.min(t.size(), i + 3) && startsName(t.get(k))
        && !placeWords.notPlaces.contains(t.get(k).lower())) {
      k++;
    }
    String division = placeWords.divisionWordAt(t, k);
    if (k == i || division == null || !Character.isLowerCase(t.get(k).text().charAt(0))
        || !(placeWords.divisions.is(division, "gazetteer-district")
            || division.equals("province"))) {
      return null;
    }
    return mention(s, i, k, division, false, List.of(), false);
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
