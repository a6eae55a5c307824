package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterclaim.core.place.Sentences.sentence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceWordsTest {

  private final PlaceWords shipped = new PlaceWords(Vocabulary.shipped());

  @Test
  void reads_division_words_by_kind() {
    assertThat(shipped.isDivisionWord("district")).isTrue();
    assertThat(shipped.isDivisionWord("valley")).isTrue();
    assertThat(shipped.isDivisionWord("oblast")).isFalse();
    assertThat(shipped.divisions.is("state", "province")).isTrue();
    assertThat(shipped.divisions.is("parish", "county")).isTrue();
    assertThat(shipped.divisionWordAt(sentence("in Kech district").tokens(), 2))
        .isEqualTo("district");
    assertThat(shipped.divisionWordAt(sentence("in Kech district").tokens(), 3)).isNull();
  }

  @Test
  void a_common_word_is_no_capitalised_name() {
    assertThat(shipped.isCapitalisedWord(sentence("Kalat").tokens().get(0))).isTrue();
    assertThat(shipped.isCapitalisedWord(sentence("Police").tokens().get(0))).isFalse();
    assertThat(shipped.isCapitalisedWord(sentence("kalat").tokens().get(0))).isFalse();
  }

  @Test
  void a_users_vocabulary_adds_place_words(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("place"));
    Files.writeString(dir.resolve("place/division-words.tsv"), "# mine\ncanton\tdistrict\n");
    Files.writeString(dir.resolve("place/facilities.txt"), "# mine\nwharf\n-mall\n");
    PlaceWords words = new PlaceWords(Vocabulary.shipped().extendedWith(dir));
    assertThat(words.isDivisionWord("canton")).isTrue();
    assertThat(words.divisions.is("canton", "district")).isTrue();
    assertThat(words.facilities).contains("wharf", "hospital").doesNotContain("mall");
    assertThat(shipped.isDivisionWord("canton")).isFalse();
  }

  @Test
  void an_unknown_kind_is_named_by_file_and_line(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("place"));
    Files.writeString(dir.resolve("place/division-words.tsv"), "# mine\ncanton\tdistrikt\n");
    Vocabulary vocabulary = Vocabulary.shipped().extendedWith(dir);
    assertThatThrownBy(() -> new PlaceWords(vocabulary))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("division-words.tsv:2")
        .hasMessageContaining("expected a word and one of");
  }
}
