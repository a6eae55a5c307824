package org.counterclaim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

  private static final String STORY = "Gunmen opened fire on a passenger van on the highway"
      + " outside Khuzdar on Tuesday evening, killing five people and wounding eleven others,"
      + " police said. The van was travelling from Karachi to Quetta when it was stopped near a"
      + " bridge, a senior police officer told reporters by telephone.";

  @Test
  void a_reprint_is_similar_and_another_story_is_not() {
    int[] a = MinHash.signature(STORY);
    int[] reprint = MinHash.signature("KHUZDAR: " + STORY + " Copyright The Daily.");
    int[] other = MinHash.signature("Militants ambushed a convoy near Mastung on Sunday, killing"
        + " four soldiers, the military said in a statement issued late at night.");
    assertThat(MinHash.similarity(a, reprint)).isGreaterThanOrEqualTo(MinHash.NEAR_COPY);
    assertThat(MinHash.similarity(a, other)).isLessThan(0.2);
    assertThat(MinHash.similarity(a, a)).isEqualTo(1.0);
  }

  @Test
  void signatures_survive_encoding_and_similar_texts_share_a_band() {
    int[] a = MinHash.signature(STORY);
    assertThat(MinHash.decode(MinHash.encode(a))).isEqualTo(a);
    assertThat(MinHash.bands(a)).hasSize(MinHash.SIZE / MinHash.ROWS)
        .containsAnyElementsOf(MinHash.bands(MinHash.signature("KHUZDAR: " + STORY)));
  }

  @Test
  void a_short_story_with_a_new_headline_and_footer_is_contained_in_its_original() {
    String copy = "Van attacked near Khuzdar\n\nKHUZDAR (Agencies) - " + STORY
        + "\nAdditional reporting by our correspondent.";
    assertThat(MinHash.containment(copy, STORY)).isGreaterThanOrEqualTo(MinHash.NEAR_COPY);
    assertThat(MinHash.containment(STORY, copy)).isEqualTo(MinHash.containment(copy, STORY));
    assertThat(MinHash.containment(STORY, "Militants ambushed a convoy near Mastung on Sunday,"
        + " killing four soldiers, the military said.")).isLessThan(0.1);
    assertThat(MinHash.containment("", STORY)).isZero();
  }
}
