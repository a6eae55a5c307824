package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.counterclaim.core.actor.ClaimantType;

/** What kind of party role words, ranks and capitals name. */
class RoleVocabularyTest {

  private static List<Token> tokens(String words) {
    List<Token> out = new ArrayList<>();
    int at = 0;
    for (String w : words.split(" ")) {
      out.add(new Token(w, at, at + w.length(), "", "", EntityType.NONE));
      at += w.length() + 1;
    }
    return out;
  }

  private static final RoleVocabulary ROLES = new RoleVocabulary(Vocabulary.shipped());

  private static ClaimantType typeOf(String words) {
    return ROLES.typeOf(tokens(words));
  }

  @Test
  void the_first_noun_group_decides_and_its_head_within_it() {
    assertThat(typeOf("police and hospital officials")).isEqualTo(ClaimantType.POLICE);
    assertThat(typeOf("District Headquarters Hospital")).isEqualTo(ClaimantType.MEDICAL);
    assertThat(typeOf("head of the presidential office")).isEqualTo(
        ClaimantType.STATE_GOVERNMENT);
    assertThat(typeOf("spokesman for the health ministry")).isEqualTo(
        ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void a_bare_official_says_less_than_the_body_beside_it() {
    assertThat(typeOf("rebel official")).isEqualTo(ClaimantType.ARMED_GROUP);
    assertThat(typeOf("school official")).isEqualTo(ClaimantType.OTHER);
    assertThat(typeOf("district official")).isEqualTo(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void ranks_count_only_where_no_role_or_body_does() {
    assertThat(typeOf("Lt. Col.")).isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("Sergeant of the district police")).isEqualTo(ClaimantType.POLICE);
    assertThat(typeOf("rebel commander")).isEqualTo(ClaimantType.ARMED_GROUP);
    assertThat(typeOf("Inspector")).isEqualTo(ClaimantType.POLICE);
  }

  @Test
  void units_bodies_and_groups_by_what_they_are() {
    assertThat(typeOf("the Second Division")).isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("county commissioner")).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(typeOf("the secessionists")).isEqualTo(ClaimantType.ARMED_GROUP);
    assertThat(typeOf("opposition military spokesman")).isEqualTo(ClaimantType.ARMED_GROUP);
    assertThat(typeOf("a doctors network")).isEqualTo(ClaimantType.MEDICAL);
    assertThat(typeOf("the war monitor")).isEqualTo(ClaimantType.HUMANITARIAN);
    assertThat(typeOf("a spokesman")).isNull();
  }

  @Test
  void apostrophes_are_split_as_the_tokenizer_splits_them() {
    assertThat(RoleVocabulary.spellings("president's office"))
        .containsExactly("president 's office", "president ’s office");
    assertThat(RoleVocabulary.spellings("doctors' network"))
        .containsExactly("doctors ' network", "doctors ’ network");
  }

  @Test
  void a_capital_that_is_the_whole_phrase_names_its_country() {
    assertThat(ROLES.capitalCountry(tokens("Kiev"))).isEqualTo("UA");
    assertThat(ROLES.capitalCountry(tokens("Addis Ababa"))).isEqualTo("ET");
    assertThat(ROLES.capitalCountry(tokens("Kiev officials"))).isNull();
  }
}
