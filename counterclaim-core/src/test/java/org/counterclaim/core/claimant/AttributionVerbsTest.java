package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** The attribution verb list and the written forms it derives. */
class AttributionVerbsTest {

  private final AttributionVerbs verbs = new AttributionVerbs(Vocabulary.shipped());

  @Test
  void regular_forms_follow_english_spelling() {
    assertThat(AttributionVerbs.regularForms("deny")).contains("denies", "denied", "denying");
    assertThat(AttributionVerbs.regularForms("praise")).contains("praises", "praised", "praising");
    assertThat(AttributionVerbs.regularForms("dismiss")).contains("dismisses", "dismissed");
    assertThat(AttributionVerbs.regularForms("pray")).contains("prays", "prayed", "praying");
  }

  @Test
  void irregular_forms_come_from_the_list() {
    assertThat(verbs.isForm("told")).isTrue();
    assertThat(verbs.isForm("sought")).isTrue();
    assertThat(verbs.isForm("slammed")).isTrue();
    assertThat(verbs.isForm("exploded")).isFalse();
  }

  @Test
  void the_kind_is_read_from_a_tagged_verb_only() {
    Token verb = new Token("thinks", 0, 6, "VBZ", "think", EntityType.NONE);
    Token noun = new Token("support", 0, 7, "NN", "support", EntityType.NONE);
    assertThat(verbs.kindOf(verb)).isEqualTo(AttributionVerbs.Kind.CLAUSAL);
    assertThat(verbs.kindOf(noun)).isNull();
  }
}
