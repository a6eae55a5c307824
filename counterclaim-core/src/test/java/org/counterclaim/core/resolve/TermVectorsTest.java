package org.counterclaim.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Weighted word vectors of report texts. */
class TermVectorsTest {

  private static final ReportWords WORDS = new ReportWords(Vocabulary.shipped());

  private static final String KALAT = "Gunmen stormed a police checkpoint in Kalat, killing seven"
      + " policemen before fleeing into the hills.";
  private static final String FLOODS = "Floods swept away bridges and homes across Sindh,"
      + " stranding thousands of villagers.";

  private static TermVectors vectors(String... texts) {
    return TermVectors.of(List.of(texts), WORDS);
  }

  @Test
  void a_text_is_wholly_like_itself() {
    TermVectors v = vectors(KALAT, KALAT, FLOODS);
    assertThat(v.cosine(0, 1)).isCloseTo(1.0, within(1e-9));
    assertThat(v.cosine(0, 0)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void texts_without_a_shared_content_word_are_not_alike() {
    TermVectors v = vectors(KALAT, FLOODS);
    assertThat(v.cosine(0, 1)).isZero();
    assertThat(v.cosine(1, 0)).isZero();
  }

  @Test
  void stop_words_alone_do_not_make_texts_alike() {
    // they share only "the", "said", "on", "monday", "that", "had", "them" and "people"
    TermVectors v = vectors(
        "The army said on Monday that troops had shot them and seized people.",
        "Aid workers said on Monday that the floods had displaced them and many people.");
    assertThat(v.cosine(0, 1)).isZero();
  }

  @Test
  void shared_content_words_make_texts_alike() {
    TermVectors v = vectors(KALAT, "Police said the checkpoint in Kalat was"
        + " attacked at dawn.", FLOODS);
    assertThat(v.cosine(0, 1)).isBetween(0.1, 0.99);
    assertThat(v.cosine(0, 1)).isGreaterThan(v.cosine(0, 2));
  }

  @Test
  void top_terms_leave_out_words_most_texts_use() {
    // "kalat" is in 4 of 8 texts, "convoy" in 2, "torched" in 1
    TermVectors v = vectors(
        "Militants ambushed a convoy near Kalat and torched trucks.",
        "Another convoy came under fire close to Kalat.",
        "Shops in Kalat stayed shut.",
        "Kalat traders protested.",
        "Floods hit Sindh.",
        "Rain cut roads in Swat.",
        "A bridge collapsed in Gilgit.",
        "Snow closed the Lowari tunnel.");
    // 25% of 8 texts: at most 2 may use a word
    assertThat(v.topTerms(0, 10, 0.25)).contains("convoy", "torched").doesNotContain("kalat");
    assertThat(v.topTerms(0, 10, 1.0)).contains("kalat", "convoy", "torched");
    assertThat(v.topTerms(0, 1, 1.0)).hasSize(1);
  }
}
