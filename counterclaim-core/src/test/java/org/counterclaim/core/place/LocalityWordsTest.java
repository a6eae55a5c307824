package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import org.junit.jupiter.api.Test;

class LocalityWordsTest {

  @Test
  void tells_the_kind_of_a_locality_word() {
    assertThat(LocalityWords.kindOf("village")).isEqualTo(LocalityFinder.Kind.SETTLEMENT);
    assertThat(LocalityWords.kindOf("county")).isEqualTo(LocalityFinder.Kind.DIVISION);
    assertThat(LocalityWords.kindOf("camp")).isEqualTo(LocalityFinder.Kind.INSTALLATION);
    assertThat(LocalityWords.kindOf("breakfast")).isNull();
  }

  @Test
  void finds_where_a_phrase_of_several_words_starts() {
    assertThat(LocalityWords.phraseStart(
        sentence("in Upland Local Government Area").tokens(), 4)).isEqualTo(2);
    assertThat(LocalityWords.phraseStart(sentence("in Upland village").tokens(), 2))
        .isEqualTo(2);
  }

  @Test
  void writes_a_plural_word_in_the_singular() {
    assertThat(LocalityWords.singular("villages")).isEqualTo("village");
    assertThat(LocalityWords.singular("counties")).isEqualTo("county");
    assertThat(LocalityWords.singular("village")).isEqualTo("village");
    assertThat(LocalityWords.singular("news")).isEqualTo("news");
  }

  @Test
  void takes_the_name_out_of_the_words_of_a_building() {
    assertThat(LocalityWords.nameOf("Hillford police station")).isEqualTo("Hillford");
    assertThat(LocalityWords.nameOf("Hillford")).isEqualTo("Hillford");
  }
}
