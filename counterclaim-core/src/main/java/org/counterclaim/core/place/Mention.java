package org.counterclaim.core.place;

import java.util.List;

/**
 * A stretch of a sentence that names a place: tokens {@code from}..{@code to} of sentence {@code
 * sentence}, the character offsets and words, the division word after it ("district" in "Kurram
 * district") or null, whether the tagger marked it a location, the gazetteer entries it may
 * denote ({@code loose} when they were found by spelling variant only), and whether it is only
 * incidental — part of an organisation's name ("Ohio State University") or an adjective
 * ("Afghan") — so that it can never be where an event happened; {@code commaAfter} tells
 * whether a comma follows it ("Kalat, Balochistan"); {@code cue} is the locality word that makes
 * it a place ("village" in "Ngamdu village", "camp" in "Boulkessi military camp") or null.
 */
record Mention(
    int sentence,
    int from,
    int to,
    int start,
    int end,
    String text,
    String divisionWord,
    boolean tagged,
    List<GeoName> candidates,
    boolean loose,
    boolean incidental,
    boolean commaAfter,
    LocalityFinder.Cue cue) {

  /** This mention with {@code cue} as the locality word that makes it a place. */
  Mention withCue(LocalityFinder.Cue cue) {
    return new Mention(sentence, from, to, start, end, text, divisionWord, tagged, candidates,
        loose, incidental, commaAfter, cue);
  }
}
