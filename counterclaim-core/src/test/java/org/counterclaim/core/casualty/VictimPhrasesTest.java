package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import org.junit.jupiter.api.Test;

class VictimPhrasesTest {

  @Test
  void a_count_and_its_victim_words_make_a_phrase() {
    assertThat(phrases(sentence("More than 22 border guards were hurt.")))
        .extracting(p -> p.count().low(), p -> p.category(), p -> p.victimText())
        .containsExactly(tuple(23, VictimCategory.SECURITY_FORCES, "border guards"));
  }

  @Test
  void a_singular_victim_counts_one() {
    assertThat(phrases(sentence("A soldier was wounded.")))
        .extracting(p -> p.count().low(), p -> p.category())
        .containsExactly(tuple(1, VictimCategory.SECURITY_FORCES));
  }

  @Test
  void others_and_members_after_including_are_marked() {
    assertThat(phrases(sentence("Six people, including two boys, died and three others were hurt.")))
        .extracting(p -> p.count().low(), p -> p.subset(), p -> p.others())
        .containsExactly(tuple(6, false, false), tuple(2, true, false), tuple(3, false, true));
  }

  @Test
  void a_year_is_no_bare_count() {
    assertThat(phrases(sentence("In 2019 the camp was attacked and burned."))).isEmpty();
  }
}
