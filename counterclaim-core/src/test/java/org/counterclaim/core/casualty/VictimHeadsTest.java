package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import org.counterclaim.core.casualty.VictimHeads.Head;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class VictimHeadsTest {

  private final VictimHeads heads = CasualtyParts.victimHeads();

  @Test
  void a_compound_victim_noun_is_one_head() {
    Sentence s = sentence("Seven police officers were shot.");
    Head h = heads.head(s.tokens(), 1);
    assertThat(h.noun().category()).isEqualTo(VictimCategory.POLICE);
    assertThat(h.to()).isEqualTo(3);
  }

  @Test
  void an_attributive_trigger_gives_the_outcome() {
    Sentence s = sentence("Troops found two killed militants.");
    Head h = heads.head(s.tokens(), 3);
    assertThat(h.implied()).isEqualTo(Outcome.KILLED);
    assertThat(h.noun().category()).isEqualTo(VictimCategory.MILITANTS);
  }

  @Test
  void a_count_of_things_has_no_victim_head() {
    Sentence s = sentence("Shells destroyed three houses near the road.");
    assertThat(heads.head(s.tokens(), 3)).isNull();
    assertThat(heads.humanHead(s.tokens(), 3)).isNull();
  }

  @Test
  void a_noun_that_names_people_is_a_human_head() {
    Sentence s = sentence("Gunmen shot four mechanics in the garage.");
    assertThat(heads.humanHead(s.tokens(), 3).noun().category()).isEqualTo(VictimCategory.PEOPLE);
  }
}
