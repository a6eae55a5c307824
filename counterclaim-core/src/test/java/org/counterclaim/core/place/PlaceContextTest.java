package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import java.util.List;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class PlaceContextTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();
  private final PlaceWords words = new PlaceWords(Vocabulary.shipped());
  private final PlaceContext context = new PlaceContext(new NameLookup(gazetteer), words,
      new LocalityFinder(name -> false, words));

  @Test
  void a_locative_before_a_name_makes_it_a_place() {
    assertThat(context.placeContext(sentence("a blast in Kalat today").tokens(), 3)).isTrue();
    assertThat(context.placeContext(sentence("a blast in remote Kalat").tokens(), 4)).isTrue();
    assertThat(context.placeContext(sentence("a man called Kalat spoke").tokens(), 3))
        .isFalse();
  }

  @Test
  void a_name_before_a_comma_and_a_province_is_a_place() {
    assertThat(context.placeContext(sentence("Zarfield , Balochistan saw").tokens(), 0))
        .isTrue();
  }

  @Test
  void a_short_namesake_needs_context_and_a_big_place_does_not() {
    List<Token> tank = sentence("the Tank was parked").tokens();
    assertThat(context.accepted(tank, 1, 2, null, gazetteer.named("Tank"))).isFalse();
    List<Token> inTank = sentence("a raid in Tank left").tokens();
    assertThat(context.accepted(inTank, 3, 4, null, gazetteer.named("Tank"))).isTrue();
    List<Token> karachi = sentence("a raid near Karachi's port").tokens();
    assertThat(context.accepted(karachi, 3, 4, null, gazetteer.named("Karachi"))).isTrue();
  }

  @Test
  void an_office_after_a_name_makes_it_a_jurisdiction() {
    assertThat(context.jurisdictionAfter(sentence("Fargo Mayor spoke").tokens(), 1))
        .isTrue();
    assertThat(context.jurisdictionAfter(sentence("Fargo spoke").tokens(), 1)).isFalse();
  }

  @Test
  void a_name_in_a_list_of_capitalised_names_is_listed() {
    assertThat(context.listOfPlaces(sentence("Mastung , Kalat and Noshki").tokens(), 4))
        .isTrue();
    assertThat(context.listOfPlaces(sentence("bread and Noshki").tokens(), 2)).isFalse();
  }
}
