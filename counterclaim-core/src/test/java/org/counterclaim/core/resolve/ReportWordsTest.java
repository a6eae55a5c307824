package org.counterclaim.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words reports are compared by: stop words left out, names counted twice. */
class ReportWordsTest {

  private static final ReportWords WORDS = new ReportWords(Vocabulary.shipped());

  @Test
  void stop_words_and_one_letter_words_do_not_count() {
    assertThat(WORDS.terms("They said a bridge was shut on Tuesday."))
        .containsExactlyInAnyOrder("bridge", "shut");
  }

  @Test
  void names_inside_a_sentence_count_twice_and_possessives_are_cut() {
    assertThat(WORDS.counts("Floods hit Multan. Multan's roads and the roads of Multan closed."))
        .contains(entry("floods", 1.0), entry("multan", 5.0), entry("roads", 2.0));
  }

  @Test
  void a_users_vocabulary_can_add_a_stop_word(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("resolve"));
    Files.writeString(dir.resolve("resolve/stopwords.txt"), "bridge\n");
    ReportWords words = new ReportWords(Vocabulary.shipped().extendedWith(dir));
    assertThat(words.terms("The bridge was shut.")).containsExactly("shut");
  }
}
