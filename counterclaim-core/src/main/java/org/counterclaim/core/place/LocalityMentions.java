package org.counterclaim.core.place;

import java.util.List;
import java.util.Objects;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Turns a name a locality word places into a mention, given what the gazetteer and the tagger
 * made of the same words: their reading marked with the locality word, the building or road as a
 * whole, or the name with the entries the gazetteer has for it.
 */
final class LocalityMentions {

  private final Gazetteer gazetteer;
  private final Mentions mentions;
  private final PlaceWords words;

  LocalityMentions(Gazetteer gazetteer, Mentions mentions, PlaceWords words) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.words = Objects.requireNonNull(words, "words");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

  /**
   * The mention for a name a locality word places, given what the gazetteer and the tagger made
   * of the words from its start ({@code found}, or null): their reading when it covers the name,
   * now marked with the locality word (except for a building: "Maiduguri market" is Maiduguri),
   * else the name itself with the gazetteer entries it may denote, or none.
   */
  Mention of(Sentence s, LocalityFinder.Locality l, Mention found) {
    LocalityFinder.Kind kind = l.cue().kind();
    if (found != null && found.from() > l.from() && found.from() < l.end()) {
      // a reading of words inside the locality's name ("Area" in "Maru Local Government Area")
      found = null;
    }
    if (found != null && (found.from() != l.from() || found.incidental()
        && (kind.wholeIsPlace() || found.to() > l.to()))) {
      // an organisation's name, or a building named after a town ("Kabul University")
      return found;
    }
    boolean gazetteers = found != null && !found.incidental() && found.to() >= l.to()
        && !found.candidates().isEmpty() && !found.loose();
    if (kind == LocalityFinder.Kind.ROAD && gazetteers) {
      // "Peshawar Road", "Oxford Road": the town it leads to, as the finder read it
      return found;
    }
    if (gazetteers && kind != LocalityFinder.Kind.BUILDING) {
      return found.withCue(l.cue().besideKnownName());
    }
    List<Token> t = s.tokens();
    String name = Token.join(t, l.from(), l.to());
    if (kind.wholeIsPlace()) {
      // "Chaman market" is in Chaman when the report is about Chaman's country, and "Bakara
      // market" a place of its own; a road the finder took for no place is a place of its own
      List<GeoName> town = kind == LocalityFinder.Kind.ROAD ? List.of()
          : gazetteers ? found.candidates() : gazetteer.named(name);
      return new Mention(s.index(), l.from(), l.end(), t.get(l.from()).start(),
          t.get(l.end() - 1).end(), Token.join(t, l.from(), l.end()), null,
          found != null && found.tagged(), town,
          false, false, l.end() < t.size() && t.get(l.end()).text().equals(","),
          gazetteers ? l.cue().besideKnownName() : l.cue());
    }
    for (int b = l.from() + 1; b < l.to(); b++) {
      String word = words.localities.singular(l.cue().word());
      if (!gazetteer.named(Token.join(t, b, l.to()) + " " + word).isEmpty()) {
        // "Miss Butler County": the gazetteer's "Butler County" starts later
        return found;
      }
    }
    // "Salah ad Din governorate", "Riley and Hayes counties": a division the gazetteer knows
    // with its word, else whatever bears the name
    List<GeoName> candidates = kind == LocalityFinder.Kind.DIVISION
        ? gazetteer.named(name + " " + words.localities.singular(l.cue().word())) : List.of();
    if (candidates.isEmpty()) {
      candidates = gazetteer.named(name);
    }
    boolean loose = false;
    if (candidates.isEmpty()) {
      candidates = gazetteer.namedLoosely(name);
      loose = !candidates.isEmpty();
    }
    String division = divisionWordFor(l.cue());
    Mention m = mentions.of(s, l.from(), l.to(), division, found != null && found.tagged(),
        candidates, loose);
    if (l.end() > m.to()) {
      // "Akobo County", "Kuchi Township": the capitalised word is part of the name
      m = new Mention(m.sentence(), m.from(), l.end(), m.start(), t.get(l.end() - 1).end(),
          Token.join(t, m.from(), l.end()), m.divisionWord(), m.tagged(), m.candidates(),
          m.loose(), false, l.end() < t.size() && t.get(l.end()).text().equals(","), null);
    }
    return m.withCue(l.cue());
  }

  /**
   * The division word the resolver reads for a locality word: the word itself where it is one
   * ("district", "county"), else "village" for a settlement, "district" or "province" for a
   * division, "area" for an area, none for an installation.
   */
  private String divisionWordFor(LocalityFinder.Cue cue) {
    String word = words.localities.singular(cue.word());
    if (words.isDivisionWord(word)) {
      return word;
    }
    return switch (cue.kind()) {
      case SETTLEMENT -> "village";
      case DIVISION -> words.divisions.is(word, "province-locality")
          ? "province" : "district";
      case AREA -> "area";
      default -> null;
    };
  }
}
