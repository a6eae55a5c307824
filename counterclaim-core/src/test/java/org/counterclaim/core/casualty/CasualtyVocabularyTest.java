package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CasualtyVocabularyTest {

  private static List<Token> tokens(String... words) {
    return java.util.Arrays.stream(words).map(w -> new Token(w, 0, w.length(), "VBN", w, null))
        .toList();
  }

  private static VictimPhrase countedBy(String count) {
    return new VictimPhrase(0, 2, CountRange.exactly(1, count), false, VictimCategory.PEOPLE,
        "guard", false);
  }

  @Test
  void shipped_words_name_victims_triggers_and_singled_out_counts() {
    CasualtyVocabulary words = new CasualtyVocabulary(Vocabulary.shipped());
    assertThat(words.victims.contains("soldiers")).isTrue();
    assertThat(words.triggerAt(tokens("were", "killed"), 1)).isTrue();
    assertThat(words.triggerAt(tokens("were", "seen"), 1)).isFalse();
    assertThat(words.singledOut(countedBy("A"))).isTrue();
    assertThat(words.singledOut(countedBy("one"))).isFalse();
  }

  @Test
  void an_outcome_table_maps_each_word_to_its_outcome() {
    CasualtyVocabulary words = new CasualtyVocabulary(Vocabulary.shipped());
    assertThat(words.outcomes("listed-outcomes.tsv"))
        .containsEntry("dead", Outcome.KILLED)
        .containsEntry("wounded", Outcome.INJURED)
        .containsEntry("hostages", Outcome.ABDUCTED);
  }

  @Test
  void a_user_s_vocabulary_extends_the_shipped_words(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("casualty"));
    Files.writeString(dir.resolve("casualty/triggers.tsv"),
        "# mine\nbayoneted\tkilled\tparticiple\n");
    Files.writeString(dir.resolve("casualty/determiners.txt"), "# mine\n-another\n");
    CasualtyVocabulary words = new CasualtyVocabulary(Vocabulary.shipped().extendedWith(dir));
    assertThat(words.triggerAt(tokens("were", "bayoneted"), 1)).isTrue();
    assertThat(new CasualtyVocabulary(Vocabulary.shipped()).triggerAt(tokens("were", "bayoneted"),
        1)).isFalse();
    assertThat(words.singledOut(countedBy("another"))).isFalse();
    assertThat(new CasualtyVocabulary(Vocabulary.shipped()).singledOut(countedBy("another")))
        .isTrue();
  }
}
