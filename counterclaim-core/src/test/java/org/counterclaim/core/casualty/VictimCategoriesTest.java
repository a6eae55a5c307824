package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import java.util.List;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class VictimCategoriesTest {

  private final VictimCategories categories = CasualtyParts.victimCategories();

  @Test
  void others_take_the_victims_named_before_them() {
    Sentence s = sentence("A police constable was shot dead and two others were hurt.");
    List<VictimPhrase> phrases = phrases(s);
    assertThat(categories.category(phrases.get(phrases.size() - 1), phrases))
        .isEqualTo(VictimCategory.POLICE);
  }

  @Test
  void a_bare_count_belongs_to_the_side_that_suffered_it() {
    Sentence s = sentence("The marines suffered 3 dead in the ambush.");
    VictimPhrase bare = phrases(s).stream().filter(VictimPhrase::bare).findFirst().orElseThrow();
    assertThat(categories.sufferer(s.tokens(), bare)).isEqualTo(VictimCategory.SECURITY_FORCES);
  }

  @Test
  void a_bare_count_after_a_side_named_is_that_side_s() {
    Sentence s = sentence("On the side of the militants, 31 were killed.");
    VictimPhrase bare = phrases(s).stream().filter(VictimPhrase::bare).findFirst().orElseThrow();
    assertThat(categories.sideOf(s.tokens(), bare)).isEqualTo(VictimCategory.MILITANTS);
  }
}
