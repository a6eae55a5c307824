package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.claimant.Claimant;
import org.junit.jupiter.api.Test;

class SelfInterestTest {

  private static final Claimant ARMY = new Claimant("the army", ClaimantType.STATE_MILITARY);
  private static final Claimant REBELS = new Claimant("the rebels", ClaimantType.ARMED_GROUP);

  @Test
  void our_casualties_are_the_speaker_s_side() {
    assertThat(SelfInterest.ownSide(ARMY)).isEqualTo(VictimCategory.SECURITY_FORCES);
    assertThat(SelfInterest.ownSide(REBELS)).isEqualTo(VictimCategory.MILITANTS);
    assertThat(SelfInterest.ownSide(null)).isEqualTo(VictimCategory.PEOPLE);
  }

  @Test
  void enemy_losses_serve_the_party_that_claims_them() {
    assertThat(SelfInterest.selfInterested(ARMY, VictimCategory.MILITANTS, Outcome.KILLED)).isTrue();
    assertThat(SelfInterest.selfInterested(ARMY, VictimCategory.CIVILIANS, Outcome.KILLED))
        .isFalse();
    assertThat(SelfInterest.selfInterested(REBELS, VictimCategory.SECURITY_FORCES,
        Outcome.ARRESTED)).isFalse();
  }

  @Test
  void denying_own_losses_serves_the_party() {
    assertThat(SelfInterest.deniesOwnLosses(ARMY, VictimCategory.SECURITY_FORCES)).isTrue();
    assertThat(SelfInterest.deniesOwnLosses(REBELS, VictimCategory.CIVILIANS)).isFalse();
  }
}
