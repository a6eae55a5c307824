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

class ContextFiguresTest {

  private final ContextFigures context = CasualtyParts.contextFigures();

  @Test
  void attackers_added_to_a_figure_died_too() {
    Sentence s = sentence("In addition to two gunmen, nine guards were killed.");
    List<Link> links = new ArrayList<>();
    context.onlyCasualties(s.tokens(), phrases(s), new HashSet<>(), links, 0);
    assertThat(links).extracting(l -> l.phrase().count().low(), l -> l.outcome())
        .containsExactly(tuple(2, Outcome.KILLED));
  }

  @Test
  void counts_listed_with_their_places_repeat_the_figure_before_them() {
    Sentence s = sentence("Forty deaths were recorded at the hospital, six at the clinic.");
    List<VictimPhrase> phrases = phrases(s);
    Set<VictimPhrase> used = new HashSet<>(List.of(phrases.get(0)));
    List<Link> links = new ArrayList<>(
        List.of(new Link(phrases.get(0), Outcome.KILLED, VictimCategory.PEOPLE, 0)));
    context.elided(s.tokens(), phrases, used, links, 0);
    assertThat(links).extracting(l -> l.phrase().count().low(), l -> l.outcome())
        .containsExactly(tuple(40, Outcome.KILLED), tuple(6, Outcome.KILLED));
  }
}
