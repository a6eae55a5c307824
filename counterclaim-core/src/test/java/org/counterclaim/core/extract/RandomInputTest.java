package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;

/** Random input through the whole chain never throws, and every output keeps the contract. */
class RandomInputTest {

  private static final List<String> WORDS = List.of(
      "killed", "were", "wounded", "at", "least", "more", "than", "22", "soldiers", "militants",
      "police", "said", "according", "to", "the", "a", "and", ",", ".", "\"", "(", ")", "including",
      "no", "one", "two", "dozens", "of", "between", "toll", "rose", "ISPR", "BLA", "Reuters",
      "told", "claimed", "himself", "others", "hostages", "abducted", "\n\n", "\n", "—", "'s",
      "Taliban", "last", "year", "dead", "bodies", "Ahmad", "Khan", "é", "\u0000", "💥", "   ");

  @Test
  void random_word_soup_never_breaks_the_extractor() {
    Random random = new Random(20261125);
    for (int n = 0; n < 300; n++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        sb.append(WORDS.get(random.nextInt(WORDS.size()))).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      assertThatCode(() -> Extractions.of(text)).as(text).doesNotThrowAnyException();
    }
  }

  @Test
  void random_characters_never_break_the_extractor() {
    Random random = new Random(7);
    for (int n = 0; n < 100; n++) {
      char[] chars = new char[random.nextInt(300)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (random.nextInt(3) == 0 ? random.nextInt(0x3000) : 32 + random.nextInt(95));
      }
      String text = new String(chars);
      assertThatCode(() -> Extractions.of(text)).as(text).doesNotThrowAnyException();
    }
  }
}
