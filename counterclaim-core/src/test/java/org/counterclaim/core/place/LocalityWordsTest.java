package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class LocalityWordsTest {

  private final LocalityWords localities =
      new PlaceWords(Vocabulary.shipped()).localities;

  @Test
  void tells_the_kind_of_a_locality_word() {
    assertThat(localities.kindOf("village")).isEqualTo(LocalityFinder.Kind.SETTLEMENT);
    assertThat(localities.kindOf("county")).isEqualTo(LocalityFinder.Kind.DIVISION);
    assertThat(localities.kindOf("camp")).isEqualTo(LocalityFinder.Kind.INSTALLATION);
    assertThat(localities.kindOf("breakfast")).isNull();
  }

  @Test
  void finds_where_a_phrase_of_several_words_starts() {
    assertThat(localities.phraseStart(
        sentence("in Upland Local Government Area").tokens(), 4)).isEqualTo(2);
    assertThat(localities.phraseStart(sentence("in Upland village").tokens(), 2))
        .isEqualTo(2);
  }

  @Test
  void writes_a_plural_word_in_the_singular() {
    assertThat(localities.singular("villages")).isEqualTo("village");
    assertThat(localities.singular("counties")).isEqualTo("county");
    assertThat(localities.singular("village")).isEqualTo("village");
    assertThat(localities.singular("news")).isEqualTo("news");
  }

  @Test
  void takes_the_name_out_of_the_words_of_a_building() {
    assertThat(localities.nameOf("Hillford police station")).isEqualTo("Hillford");
    assertThat(localities.nameOf("Hillford")).isEqualTo("Hillford");
  }
}
