package org.counterclaim.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.claimant.Claimant;
import org.junit.jupiter.api.Test;

/** The party each claimant speaks for. */
class ClaimantPartiesTest {

  private final ClaimantParties parties = ClaimantParties.shipped();

  private Party of(String name, ClaimantType type, String country) {
    return parties.of(new Claimant(name, type), country);
  }

  @Test
  void a_registered_voice_speaks_for_the_top_of_its_family() {
    Party ispr = of("ISPR", ClaimantType.STATE_MILITARY, "PK");
    assertThat(ispr.name()).isEqualTo("Pakistan Army");
    assertThat(of("Inter-Services Public Relations", ClaimantType.STATE_MILITARY, null))
        .isEqualTo(ispr);
  }

  @Test
  void an_unregistered_voice_of_the_state_speaks_for_its_countrys_branch() {
    Party ispr = of("ISPR", ClaimantType.STATE_MILITARY, "PK");
    assertThat(of("military", ClaimantType.STATE_MILITARY, "PK")).isEqualTo(ispr);
    assertThat(of("military's media wing", ClaimantType.STATE_MILITARY, "PK")).isEqualTo(ispr);
  }

  @Test
  void police_of_two_countries_are_two_parties_and_case_does_not_matter() {
    Party pakistan = of("police", ClaimantType.POLICE, "PK");
    assertThat(of("Police", ClaimantType.POLICE, "PK")).isEqualTo(pakistan);
    assertThat(of("police", ClaimantType.POLICE, "ML")).isNotEqualTo(pakistan);
    // Pakistan's provincial forces are registered alike: plain "police" is none of them
    assertThat(pakistan.name()).isEqualTo("police (PK)");
  }

  @Test
  void a_group_named_in_full_is_the_party_of_its_abbreviation() {
    assertThat(of("Baloch Liberation Army", ClaimantType.ARMED_GROUP, "PK"))
        .isEqualTo(of("BLA", ClaimantType.ARMED_GROUP, "PK"));
  }

  @Test
  void other_claimants_compare_without_case_or_article() {
    assertThat(of("The Riverside Monitor", ClaimantType.MEDIA, "PK").key())
        .isEqualTo(of("riverside monitor", ClaimantType.MEDIA, "PK").key());
    assertThat(parties.of(null, "PK")).isNull();
  }
}
