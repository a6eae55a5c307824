package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import java.util.List;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class SentenceLinksTest {

  private final SentenceLinks sentenceLinks = CasualtyParts.sentenceLinks();

  private List<Link> links(String text) {
    Sentence s = sentence(text);
    return sentenceLinks.links(s, phrases(s));
  }

  @Test
  void each_trigger_gives_its_victims_its_outcome() {
    assertThat(links("Raiders burned the depot, killing four guards and wounding six porters."))
        .extracting(l -> l.outcome(), l -> l.phrase().count().low())
        .containsExactly(tuple(Outcome.KILLED, 4), tuple(Outcome.INJURED, 6));
  }

  @Test
  void conjoined_counts_of_one_group_are_summed() {
    assertThat(links("Three soldiers and two troopers were killed."))
        .extracting(l -> l.category(), l -> l.phrase().count().low())
        .containsExactly(tuple(VictimCategory.SECURITY_FORCES, 5));
  }

  @Test
  void men_a_party_lost_are_its_own() {
    assertThat(links("We lost seven men in the fighting."))
        .extracting(l -> l.ownSide(), l -> l.phrase().count().low())
        .containsExactly(tuple(true, 7));
  }

  @Test
  void a_zero_figure_is_linked_with_its_denial() {
    assertThat(links("No one was hurt in the fire."))
        .extracting(l -> l.outcome(), l -> l.phrase().count().qualifier())
        .containsExactly(tuple(Outcome.INJURED, Qualifier.DENIAL));
  }

  @Test
  void a_negated_trigger_links_nothing() {
    assertThat(links("The four guards were not harmed or killed.")).isEmpty();
  }
}
