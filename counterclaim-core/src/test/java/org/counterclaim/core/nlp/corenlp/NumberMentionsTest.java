package org.counterclaim.core.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.NumberMention;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Runs of number tokens are read as one number each, with their values. */
class NumberMentionsTest {

  private static final NumberMentions NUMBERS =
      new NumberMentions(Extractor.analyzerWords(Vocabulary.shipped()));

  private static List<Token> tokens(String words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      tokens.add(new Token(w, at, at + w.length(), "", "", EntityType.NONE));
      at += w.length() + 1;
    }
    return tokens;
  }

  @Test
  void spelt_numbers_with_multipliers_and_hyphens_are_one_mention() {
    assertThat(NUMBERS.find(tokens("two hundred and fifty people fled")))
        .containsExactly(new NumberMention(0, 4, 250));
    assertThat(NUMBERS.find(tokens("at least twenty-three guards")))
        .containsExactly(new NumberMention(2, 3, 23));
  }

  @Test
  void digits_and_several_numbers_in_a_sentence() {
    assertThat(NUMBERS.find(tokens("1,200 homes and 3 schools")))
        .containsExactly(new NumberMention(0, 1, 1200), new NumberMention(3, 4, 3));
  }

  @Test
  void words_that_are_not_numbers_give_none() {
    assertThat(NUMBERS.find(tokens("the convoy was attacked at dawn"))).isEmpty();
  }
}
