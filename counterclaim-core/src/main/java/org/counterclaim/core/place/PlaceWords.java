package org.counterclaim.core.place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;

/** The vocabularies of finding places and event places, read once from this package's files. */
final class PlaceWords {

  /** Capitalised words that name places somewhere but far more often something else. */
  static final Set<String> NOT_PLACES = lines("not-places.tsv");

  /** Words that make the name beside them a place ({@code locality-words.tsv}). */
  static final WordKinds LOCALITY = WordKinds.load("locality-words.tsv",
      Set.of("settlement", "division", "area", "road", "building", "installation", "modifier",
          "not-a-name"));

  /** Words that tell whether a place is where the event happened ({@code event-place-cues.tsv}). */
  static final WordKinds EVENT = WordKinds.load("event-place-cues.tsv",
      Set.of("event", "event-noun", "locative", "away", "area-of", "locality", "compass", "care",
          "speaking", "actor-verb", "auxiliary", "located-by", "blame-before", "title",
          "local-authority"));

  private PlaceWords() {}

  private static Set<String> lines(String resource) {
    Set<String> words = new HashSet<>();
    PhraseTable.readRows(PlaceWords.class, resource,
        cols -> words.add(cols[0].strip().toLowerCase(Locale.ROOT)));
    return Set.copyOf(words);
  }
}
