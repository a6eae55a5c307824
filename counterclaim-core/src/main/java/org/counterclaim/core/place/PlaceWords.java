package org.counterclaim.core.place;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The word lists of finding and resolving places and event places, read once from the {@code
 * place/} files of a {@link Vocabulary} and handed to every part of the place extractor.
 */
final class PlaceWords {

  private static final String DIR = "place/";

  /** Capitalised words that name places somewhere but far more often something else. */
  final Set<String> notPlaces;
  /** Words that make the name beside them a place ({@code locality-words.tsv}). */
  final LocalityWords localities;
  /** Words that tell whether a place is where the event happened ({@code event-place-cues.tsv}). */
  final WordKinds event;
  /** The event cue words of kind "event", as stems a word may start with. */
  final List<String> eventStems;
  /** Division and settlement words by kind ({@code division-words.tsv}). */
  final WordKinds divisions;
  /** Capitalised division words that make the name before them a division. */
  final Set<String> namedDivisions;
  /** Words before a name that say which part of it or what it is like ("northern", "restive"). */
  final Set<String> compass;
  /** Words opening a region of a known place ("Northeast Georgia", "Greater Manchester"). */
  final Set<String> regionWords;
  /** Last words of a facility or street, which no gazetteer places. */
  final Set<String> facilities;
  /** Words that make a capitalised name an organisation's or a building's. */
  final Set<String> organisationHeads;
  /** Words right before a name that say a place is named there ("in", "near"). */
  final Set<String> locatives;
  /** Articles and particles inside names ("al", "de"). */
  final Set<String> nameParticles;
  /** Verbs of speaking after a name in apposition. */
  final Set<String> speaking;
  /** Words capitalised only because they open a sentence. */
  final Set<String> openingWords;
  /** Words before "village of", "town of" that let a name follow. */
  final Set<String> settlementDeterminers;
  /** Words that open Arabic and other names before a hyphen ("abu", "ras"). */
  final Set<String> hyphenParticles;
  /** Words after "A-B" that make it a route or relation between places. */
  final Set<String> routeWords;
  /** Words after a hyphen that make the word before it a place ("based", "born"). */
  final Set<String> placeSuffixes;
  /** Compass words that name provinces of some countries alone ("the Southwest"). */
  final Set<String> compassRegions;
  /** Words before "the" that let a compass name after it be a province. */
  final Set<String> compassRegionOpeners;

  private final Set<String> divisionWords;

  /** The place words of {@code vocabulary}. */
  PlaceWords(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    notPlaces = vocabulary.words(DIR + "not-places.tsv");
    localities = new LocalityWords(WordKinds.of(vocabulary, DIR + "locality-words.tsv",
        Set.of("settlement", "division", "area", "road", "building", "installation", "modifier",
            "not-a-name")));
    event = WordKinds.of(vocabulary, DIR + "event-place-cues.tsv",
        Set.of("event", "event-noun", "locative", "away", "area-of", "locality", "compass", "care",
            "speaking", "actor-verb", "auxiliary", "located-by", "blame-before", "title",
            "local-authority"));
    eventStems = List.copyOf(event.of("event"));
    divisions = WordKinds.of(vocabulary, DIR + "division-words.tsv",
        Set.of("province", "district", "town", "area", "gazetteer-district", "county",
            "province-locality"));
    Set<String> all = new HashSet<>();
    for (String kind : List.of("province", "district", "town", "area")) {
      all.addAll(divisions.of(kind));
    }
    divisionWords = Set.copyOf(all);
    namedDivisions = vocabulary.words(DIR + "named-divisions.txt");
    compass = vocabulary.words(DIR + "compass-words.txt");
    regionWords = vocabulary.words(DIR + "region-words.txt");
    facilities = vocabulary.words(DIR + "facilities.txt");
    organisationHeads = vocabulary.words(DIR + "organisation-heads.txt");
    locatives = vocabulary.words(DIR + "locatives.txt");
    nameParticles = vocabulary.words(DIR + "name-particles.txt");
    speaking = vocabulary.words(DIR + "speaking-verbs.txt");
    openingWords = vocabulary.words(DIR + "opening-words.txt");
    settlementDeterminers = vocabulary.words(DIR + "settlement-determiners.txt");
    hyphenParticles = vocabulary.words(DIR + "hyphen-name-particles.txt");
    routeWords = vocabulary.words(DIR + "route-words.txt");
    placeSuffixes = vocabulary.words(DIR + "place-suffixes.txt");
    compassRegions = vocabulary.words(DIR + "compass-regions.txt");
    compassRegionOpeners = vocabulary.words(DIR + "compass-region-openers.txt");
  }

  /** True for a word that says a name is a division or settlement ("district", "village"). */
  boolean isDivisionWord(String lowerWord) {
    return divisionWords.contains(lowerWord);
  }

  /** The division word at token {@code j} ("district" in "Kech district"), or null. */
  String divisionWordAt(List<Token> t, int j) {
    return j < t.size() && isDivisionWord(t.get(j).lower()) ? t.get(j).lower() : null;
  }

  /** A capitalised word of two letters or more that is not a common word. */
  boolean isCapitalisedWord(Token t) {
    String w = t.text();
    return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
        && !notPlaces.contains(t.lower());
  }
}
