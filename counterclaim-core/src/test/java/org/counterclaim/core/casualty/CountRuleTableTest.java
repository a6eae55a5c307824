package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The count rule table of docs/json-format.md, phrase by phrase. */
class CountRuleTableTest {

  @ParameterizedTest(name = "\"{0}\" is {1}..{2} ({3})")
  @CsvSource(
      nullValues = "null",
      value = {
        "more than 22, 23, null, more_than",
        "over 100, 101, null, more_than",
        "at least 280, 280, null, at_least",
        "no fewer than 18, 18, null, at_least",
        "nearly 200, 200, 200, nearly",
        "almost 10, 10, 10, nearly",
        "about 40, 40, 40, about",
        "some 30, 30, 30, about",
        "round a dozen, 12, 12, about",
        "up to 40, 40, 40, up_to",
        "as many as 30, 30, 30, up_to",
        "fewer than 10, 1, 9, less_than",
        "between 10 and 15, 10, 15, between",
        "two or three, 2, 3, between",
        "a dozen, 12, 12, exact",
        "half a dozen, 6, 6, exact",
        "more than a dozen, 13, null, more_than",
        "dozens of, 24, 99, vague",
        "scores of, 40, null, vague",
        "hundreds of, 200, 999, vague",
        "thousands of, 2000, null, vague",
        "tens of thousands of, 20000, null, vague",
        "two, 2, 2, exact",
        "twenty-five, 25, 25, exact",
        "'1,200', 1200, 1200, exact",
        "two hundred, 200, 200, exact",
      })
  void count_phrase_maps_to_its_interval(String phrase, int low, Integer high, String qualifier) {
    List<CasualtyClaim> claims = Extractions.claims(
        "Officials said " + phrase + " soldiers were killed in the attack.");
    assertThat(claims).hasSize(1);
    CountRange count = claims.get(0).count();
    assertThat(count.low()).isEqualTo(low);
    assertThat(count.high()).isEqualTo(high);
    assertThat(count.qualifier().label()).isEqualTo(qualifier);
    assertThat(count.text()).isEqualToIgnoringCase(phrase.replaceAll(" of$", ""));
  }

  @ParameterizedTest(name = "\"{0}\" gives no figure")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"several", "a few", "a handful of"})
  void vague_words_without_a_number_give_no_claim(String phrase) {
    assertThat(Extractions.claims("Officials said " + phrase + " soldiers were killed in the"
        + " attack.")).isEmpty();
  }

  @Test
  void more_than_22_is_at_least_23_and_open_ended() {
    CountRange count = Extractions.claims("More than 22 security personnel were killed.").get(0).count();
    assertThat(count.low()).isEqualTo(23);
    assertThat(count.high()).isNull();
    assertThat(count.best()).isEqualTo(23);
  }

  @Test
  void best_figure_is_the_stated_number_where_the_phrase_gives_one() {
    assertThat(new CountRange(36, 44, Qualifier.ABOUT, "about 40").best()).isEqualTo(40);
    assertThat(new CountRange(200, 200, Qualifier.NEARLY, "nearly 200").best()).isEqualTo(200);
    assertThat(new CountRange(0, 0, Qualifier.DENIAL, "no casualties").best()).isZero();
    assertThat(new CountRange(1, 40, Qualifier.UP_TO, "up to 40").best()).isEqualTo(40);
    assertThat(new CountRange(10, 15, Qualifier.BETWEEN, "between 10 and 15").best()).isEqualTo(12);
    assertThat(new CountRange(24, 99, Qualifier.VAGUE, "dozens").best()).isEqualTo(24);
  }

  @Test
  void a_singular_victim_counts_one() {
    CountRange count = Extractions.claims("A policeman was killed in the blast.").get(0).count();
    assertThat(count.low()).isEqualTo(1);
    assertThat(count.high()).isEqualTo(1);
  }
}
