package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;

import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class NamedVictimsTest {

  private final NamedVictims named = CasualtyParts.namedVictims();

  @Test
  void a_name_with_an_apposition_takes_the_apposition_s_category() {
    Sentence s = sentence("Karimov, a police inspector, was shot dead.");
    assertThat(named.isNamedWithApposition(s.tokens(), 0)).isTrue();
    VictimPhrase p = named.person(s.tokens(), 0);
    assertThat(p.count().low()).isEqualTo(1);
    assertThat(p.category()).isEqualTo(VictimCategory.POLICE);
    assertThat(p.victimText()).isEqualTo("Karimov");
  }

  @Test
  void a_title_before_the_name_is_part_of_the_phrase() {
    Sentence s = sentence("Gunmen killed Colonel Ahmed Rostam near his home.");
    int name = 3;
    VictimPhrase p = named.person(s.tokens(), name);
    assertThat(p.from()).isEqualTo(2);
    assertThat(p.category()).isEqualTo(VictimCategory.SECURITY_FORCES);
  }
}
