package org.counterclaim.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;

/** Who claimed, was blamed for, or denied an attack. */
class ResponsibilityFinderTest {

  @Test
  void claims_blames_and_denials_are_read_with_their_actors() {
    var found = Extractions.of("The Taliban claimed responsibility for the ambush. Officials blamed"
        + " the TTP for the market bombing. The BLA denied involvement in the attack.").responsibility();
    assertThat(found).extracting(Responsibility::actor, Responsibility::stance)
        .containsExactly(tuple("taliban", Responsibility.Stance.CLAIMED),
            tuple("ttp", Responsibility.Stance.BLAMED),
            tuple("bla", Responsibility.Stance.DENIED));
  }

  @Test
  void no_group_claiming_names_nobody() {
    assertThat(Extractions.of("No group has claimed responsibility for the attack.").responsibility())
        .isEmpty();
  }

  @Test
  void sources_attributing_the_attack_blame_the_group() {
    assertThat(Extractions.of("No group claimed the attack; however, sources attributed it to Boko"
        + " Haram.").responsibility())
        .extracting(Responsibility::actor, Responsibility::stance)
        .containsExactly(tuple("boko-haram", Responsibility.Stance.BLAMED));
  }

  @Test
  void the_longest_name_wins() {
    assertThat(Extractions.of("The Khorasan Chapter of the Islamic State claimed responsibility.")
        .responsibility()).extracting(Responsibility::actor).containsExactly("iskp");
  }
}
