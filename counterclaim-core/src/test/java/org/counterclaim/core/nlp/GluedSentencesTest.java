package org.counterclaim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences run together by scraping are broken apart, offsets kept. */
class GluedSentencesTest {

  @Test
  void a_stop_glued_to_a_capitalised_word_becomes_a_break_of_the_same_length() {
    String text = "Gunmen attacked the post.Two guards died.Police said so.";
    String split = GluedSentences.breakApart(text);
    assertThat(split).hasSameSizeAs(text)
        .isEqualTo("Gunmen attacked the post\nTwo guards died\nPolice said so.");
  }

  @Test
  void abbreviations_initials_numbers_and_domains_stay() {
    for (String text : new String[] {"Gen.Raheel Sharif visited.", "J.Smith said.",
        "The toll was 3.5 times higher.", "See dawn.com for more.", "It rose in the U.S.Army."}) {
      assertThat(GluedSentences.breakApart(text)).isEqualTo(text);
    }
  }
}
