package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class TaggedNamesTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();
  private final NameLookup lookup = new NameLookup(gazetteer);
  private final PlaceWords words = new PlaceWords(Vocabulary.shipped());
  private final TaggedNames tagged = new TaggedNames(gazetteer, "Kestrel Front"::equals, lookup,
      new PlaceContext(lookup, words, new LocalityFinder(name -> false, words)),
      new Mentions(gazetteer, words), words);

  @Test
  void a_tagged_place_is_read_in_the_gazetteer() {
    Mention m = tagged.tagged(sentence("a blast in Quetta/LOC today"), 3);
    assertThat(m.text()).isEqualTo("Quetta");
    assertThat(m.tagged()).isTrue();
    assertThat(m.candidates()).anyMatch(g -> g.country().equals("PK"));
  }

  @Test
  void a_facility_or_an_actor_the_gazetteer_lacks_is_no_place() {
    assertThat(tagged.tagged(sentence("taken to Zarbok/LOC Hospital/LOC at once"), 2)).isNull();
    assertThat(tagged.tagged(sentence("the Kestrel/LOC Front/LOC said"), 1)).isNull();
  }

  @Test
  void a_known_place_opening_a_longer_name_is_incidental() {
    Mention m = tagged.tagged(sentence("at Karachi/LOC Grand/LOC Plaza/LOC today"), 1);
    assertThat(m.text()).isEqualTo("Karachi");
    assertThat(m.incidental()).isTrue();
  }
}
