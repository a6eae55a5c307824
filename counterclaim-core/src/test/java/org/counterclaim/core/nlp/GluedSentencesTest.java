package org.counterclaim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Sentences run together by scraping are broken apart, offsets kept. */
class GluedSentencesTest {

  private static final GluedSentences GLUED =
      new GluedSentences(Vocabulary.shipped().words("nlp/abbreviations.txt"));

  @Test
  void a_stop_glued_to_a_capitalised_word_becomes_a_break_of_the_same_length() {
    String text = "Gunmen attacked the post.Two guards died.Police said so.";
    String split = GLUED.breakApart(text);
    assertThat(split).hasSameSizeAs(text)
        .isEqualTo("Gunmen attacked the post\nTwo guards died\nPolice said so.");
  }

  @Test
  void abbreviations_initials_numbers_and_domains_stay() {
    for (String text : new String[] {"Gen.Raheel Sharif visited.", "J.Smith said.",
        "The toll was 3.5 times higher.", "See dawn.com for more.", "It rose in the U.S.Army."}) {
      assertThat(GLUED.breakApart(text)).isEqualTo(text);
    }
  }
}
