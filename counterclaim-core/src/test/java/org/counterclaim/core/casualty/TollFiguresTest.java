package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class TollFiguresTest {

  private final TollFigures tolls = CasualtyParts.tollFigures();

  private List<Link> tollsOf(String text) {
    Sentence s = sentence(text);
    List<Link> links = new ArrayList<>();
    tolls.tollClaims(s.tokens(), phrases(s), new HashSet<>(), links, 0);
    return links;
  }

  @Test
  void a_revised_toll_is_its_last_figure() {
    assertThat(tollsOf("The death toll rose from 9 to 41 on Friday."))
        .extracting(l -> l.outcome(), l -> l.phrase().count().low())
        .containsExactly(tuple(Outcome.KILLED, 41));
  }

  @Test
  void the_number_of_wounded_counts_injuries() {
    assertThat(tollsOf("Medics put the number of wounded at 30."))
        .extracting(l -> l.outcome(), l -> l.phrase().count().low())
        .containsExactly(tuple(Outcome.INJURED, 30));
  }

  @Test
  void a_toll_of_a_named_group_counts_that_group() {
    assertThat(tollsOf("The toll among soldiers climbed to 12."))
        .extracting(l -> l.category(), l -> l.phrase().count().low())
        .containsExactly(tuple(VictimCategory.SECURITY_FORCES, 12));
  }

  @Test
  void a_sentence_without_a_toll_gives_none() {
    assertThat(tollsOf("Twelve soldiers were killed.")).isEmpty();
  }
}
