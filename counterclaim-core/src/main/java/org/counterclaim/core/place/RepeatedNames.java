package org.counterclaim.core.place;

import static org.counterclaim.core.place.NameTokens.crossesPunctuation;
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
 * Names a report repeats: remembers each name recognised as a place (and the gazetteer's
 * spelling of it), then finds its repeats wherever the first pass left them.
 */
final class RepeatedNames {

  private final Gazetteer gazetteer;
  private final NameLookup lookup;
  private final PlaceContext context;
  private final Mentions mentions;
  private final PlaceWords words;

  RepeatedNames(Gazetteer gazetteer, NameLookup lookup, PlaceContext context,
      Mentions mentions, PlaceWords words) {
    this.words = Objects.requireNonNull(words, "words");
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.context = Objects.requireNonNull(context, "context");
    this.mentions = Objects.requireNonNull(mentions, "mentions");
  }

  /**
   * Adds to {@code known} the lookup keys of {@code m}'s words and of the gazetteer's spelling of
   * them, unless {@code m} is incidental, unplaced, or only a loose variant.
   */
  static void remember(Set<String> known, Mention m) {
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
  List<Mention> again(AnalyzedText text, List<Mention> first, Set<String> known,
      java.util.Map<String, LocalityFinder.Cue> unlisted) {
    List<Mention> out = new ArrayList<>(first);
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      for (int i = 0; i < t.size(); i++) {
        if (!startsName(t.get(i)) || covered(first, s.index(), i)) {
          continue;
        }
        for (int j = Math.min(t.size(), i + NameLookup.MAX_WORDS); j > i; j--) {
          String key = PlaceNames.key(Token.join(t, i, j));
          LocalityFinder.Cue cue = unlisted.get(key);
          if (!known.contains(key) && cue == null || words.notPlaces.contains(key)
              || crossesPunctuation(t, i, j)
              || covered(first, s.index(), j - 1)
              || j < t.size() && startsName(t.get(j)) && !words.isDivisionWord(t.get(j).lower())) {
            continue;
          }
          List<GeoName> found = cue != null ? List.of()
              : lookup.withTownOfName(t, i, j, gazetteer.named(Token.join(t, i, j)));
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
              || g.population() >= NameLookup.BIG_PLACE);
          // "In Kalat and Mastung": a name listed beside a place already found
          boolean listed = i >= 2 && (t.get(i - 1).lower().equals("and")
              || t.get(i - 1).text().equals(",")) && covered(out, s.index(), i - 2);
          if (!tagged || notable || listed || context.placeContext(t, i)) {
            Mention again = mentions.of(s, i, j, words.divisionWordAt(t, j), false, found, loose);
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
}
