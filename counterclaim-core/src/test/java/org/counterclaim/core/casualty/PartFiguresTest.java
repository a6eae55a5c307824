package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class PartFiguresTest {

  private final PartFigures parts = CasualtyParts.partFigures();

  @Test
  void members_after_including_are_a_part_of_the_figure_before_them() {
    Sentence s = sentence("Eight villagers, including three girls, were killed.");
    List<VictimPhrase> phrases = phrases(s);
    Set<VictimPhrase> used = new HashSet<>(List.of(phrases.get(0)));
    List<Link> links = List.of(new Link(phrases.get(0), Outcome.KILLED, VictimCategory.PEOPLE, 0));
    assertThat(parts.parts(phrases, links, used, 0))
        .extracting(l -> l.phrase().count().low(), l -> l.outcome(), l -> l.part())
        .containsExactly(tuple(3, Outcome.KILLED, true));
  }

  @Test
  void groups_listed_after_the_injured_included_are_parts() {
    Sentence s = sentence("The injured included four porters and two guards.");
    List<Link> links = new ArrayList<>();
    parts.included(s.tokens(), phrases(s), new HashSet<>(), links, 0);
    assertThat(links).extracting(l -> l.phrase().count().low(), l -> l.outcome())
        .containsExactly(tuple(4, Outcome.INJURED), tuple(2, Outcome.INJURED));
  }
}
