package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;
import static org.counterclaim.core.casualty.CasualtyParts.triggers;

import java.util.List;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class TriggerArgumentsTest {

  private final TriggerArguments arguments = CasualtyParts.triggerArguments();

  private List<String> victimsOf(String text) {
    Sentence s = sentence(text);
    return arguments.victimsOf(s.tokens(), phrases(s), triggers(s).get(0)).stream()
        .map(p -> p.count().text()).toList();
  }

  @Test
  void an_active_trigger_takes_its_coordinated_objects() {
    assertThat(victimsOf("The blast killed three guards and two porters."))
        .containsExactly("three", "two");
  }

  @Test
  void a_passive_trigger_takes_its_subjects() {
    assertThat(victimsOf("Five farmers were abducted on Sunday.")).containsExactly("Five");
  }

  @Test
  void the_source_after_a_comma_is_no_object() {
    assertThat(victimsOf("Raiders killed eight herders, a local chief said."))
        .containsExactly("eight");
  }

  @Test
  void a_passive_auxiliary_is_seen_past_adverbs() {
    Sentence s = sentence("Six guards were also badly hurt.");
    assertThat(arguments.hasPassiveAux(s.tokens(), triggers(s).get(0).from())).isTrue();
  }
}
