package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

  @Test
  void scores_one_letter_apart_names_high_and_unlike_names_low() {
    assertThat(NameSimilarity.similarity("kalat", "qalat")).isEqualTo(0.8);
    assertThat(NameSimilarity.similarity("kalat", "kalat")).isEqualTo(1.0);
    assertThat(NameSimilarity.similarity("abc", "xyz")).isEqualTo(0.0);
  }

  @Test
  void writes_out_abbreviated_saints_mounts_and_forts() {
    assertThat(NameSimilarity.nameKey("St. Petersburg")).isEqualTo("saint petersburg");
    assertThat(NameSimilarity.nameKey("Mt Hope")).isEqualTo("mount hope");
    assertThat(NameSimilarity.nameKey("Ft. Worth")).isEqualTo("fort worth");
    assertThat(NameSimilarity.nameKey("Stanton")).isEqualTo("stanton");
  }
}
