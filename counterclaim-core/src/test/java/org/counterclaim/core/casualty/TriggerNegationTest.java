package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;
import static org.counterclaim.core.casualty.CasualtyParts.triggers;

import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class TriggerNegationTest {

  private final TriggerNegation negation = CasualtyParts.triggerNegation();

  private boolean statesNone(String text) {
    Sentence s = sentence(text);
    return negation.statesNone(s.tokens(), triggers(s).get(0));
  }

  @Test
  void a_plain_trigger_states_a_casualty() {
    assertThat(statesNone("Four guards were killed at the gate.")).isFalse();
  }

  @Test
  void a_negated_or_hypothetical_trigger_states_none() {
    assertThat(statesNone("The guards were not injured.")).isTrue();
    assertThat(statesNone("The shell could have killed the guards.")).isTrue();
  }

  @Test
  void a_hedge_still_states_a_casualty() {
    assertThat(statesNone("Six herders may have been abducted near the well.")).isFalse();
  }

  @Test
  void a_denial_governs_until_a_new_statement_starts() {
    assertThat(statesNone("The rebels denied that twelve guards were killed.")).isTrue();
    assertThat(statesNone("The rebels denied it, but twelve guards were killed.")).isFalse();
  }
}
