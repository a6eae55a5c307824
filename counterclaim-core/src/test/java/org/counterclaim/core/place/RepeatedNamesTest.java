package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();
  private final NameLookup lookup = new NameLookup(gazetteer);
  private final PlaceWords words = new PlaceWords(Vocabulary.shipped());
  private final Mentions mentions = new Mentions(gazetteer, words);
  private final RepeatedNames repeats = new RepeatedNames(gazetteer, lookup,
      new PlaceContext(lookup, words, new LocalityFinder(name -> false, words)), mentions,
      words);

  @Test
  void a_name_recognised_once_is_found_where_it_is_repeated() {
    Sentence first = sentence(0, "gunmen attacked Kalat/LOC on Sunday");
    Sentence second = sentence(1, "Kalat , which lies south , was calm");
    Mention kalat = mentions.of(first, 2, 3, null, true, gazetteer.named("Kalat"), false);
    Set<String> known = new HashSet<>();
    RepeatedNames.remember(known, kalat);
    assertThat(known).contains("kalat");
    List<Mention> all = repeats.again(new AnalyzedText("", List.of(first, second)),
        List.of(kalat), known, new HashMap<>());
    assertThat(all).extracting(Mention::sentence, Mention::text)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(0, "Kalat"),
            org.assertj.core.groups.Tuple.tuple(1, "Kalat"));
  }

  @Test
  void an_incidental_name_is_not_remembered() {
    Sentence s = sentence("a Kalat-based group");
    Mention m = mentions.of(s, 1, 2, null, false, gazetteer.named("Kalat"), false, true);
    Set<String> known = new HashSet<>();
    RepeatedNames.remember(known, m);
    assertThat(known).isEmpty();
  }
}
