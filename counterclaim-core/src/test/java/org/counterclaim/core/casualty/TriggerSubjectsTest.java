package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.casualty.CasualtyParts.phrases;
import static org.counterclaim.core.casualty.CasualtyParts.sentence;
import static org.counterclaim.core.casualty.CasualtyParts.triggers;

import java.util.List;
import org.counterclaim.core.nlp.Sentence;
import org.junit.jupiter.api.Test;

class TriggerSubjectsTest {

  private final TriggerSubjects subjects = CasualtyParts.triggerSubjects();

  private List<String> subjectsOf(String text) {
    Sentence s = sentence(text);
    return subjects.subjects(s.tokens(), phrases(s), triggers(s).get(0).from()).stream()
        .map(p -> p.count().text() + " " + p.victimText()).toList();
  }

  @Test
  void the_phrase_right_before_the_verb_is_its_subject() {
    assertThat(subjectsOf("Seven porters were reportedly killed.")).containsExactly("Seven porters");
  }

  @Test
  void coordinated_phrases_are_subjects_too() {
    assertThat(subjectsOf("Two guards and three drivers were wounded."))
        .containsExactly("three drivers", "Two guards");
  }

  @Test
  void a_parenthetical_member_leaves_the_set_as_subject() {
    assertThat(subjectsOf("Nine miners, including a foreman, died."))
        .containsExactly("Nine miners");
  }

  @Test
  void a_modifier_after_the_phrase_is_skipped() {
    assertThat(subjectsOf("Four soldiers travelling in the lorry were killed."))
        .containsExactly("Four soldiers");
  }
}
