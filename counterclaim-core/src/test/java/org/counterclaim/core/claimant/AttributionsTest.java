package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;
import org.counterclaim.core.actor.ClaimantType;

/** Who asserts a figure, and who relays it. */
class AttributionsTest {

  private static CasualtyClaim only(String text, String publisher) {
    var claims = Extractions.of(text, publisher).claims();
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  void an_unnamed_official_who_told_an_agency_is_relayed_by_it() {
    CasualtyClaim c = only("Twelve soldiers were killed, a security official told Reuters.", "Dawn");
    assertThat(c.claimant()).isEqualTo(new Claimant("a security official", ClaimantType.OFFICIAL_UNNAMED));
    assertThat(c.relayedBy()).isEqualTo("Reuters");
  }

  @Test
  void according_to_police_is_a_police_claim_relayed_by_the_publisher() {
    CasualtyClaim c = only("According to police, seven officers were killed.", "Dawn");
    assertThat(c.claimant().type()).isEqualTo(ClaimantType.POLICE);
    assertThat(c.relayedBy()).isEqualTo("Dawn");
  }

  @Test
  void the_group_is_the_armed_group_named_before() {
    var claims = Extractions.of("The BLA attacked a convoy in Kech.\n\nThe group claimed that 30"
        + " soldiers were killed.", "Dawn").claims();
    assertThat(claims).extracting(c -> c.claimant().name(), c -> c.claimant().type(),
        CasualtyClaim::selfInterested)
        .containsExactly(tuple("BLA", ClaimantType.ARMED_GROUP, true));
  }

  @Test
  void a_named_person_with_a_role_is_typed_by_the_role() {
    CasualtyClaim c = only("Ahmad Zia, the district governor, said nine civilians were killed.", null);
    assertThat(c.claimant().type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(c.claimant().name()).isEqualTo("Ahmad Zia");
  }

  @Test
  void witnesses_are_witnesses() {
    CasualtyClaim c = only("Residents said at least 15 villagers were killed.", null);
    assertThat(c.claimant().type()).isEqualTo(ClaimantType.WITNESS);
  }

  @Test
  void without_any_source_the_publisher_speaks() {
    CasualtyClaim c = only("Two policemen were killed in Quetta on Monday.", "Dawn");
    assertThat(c.claimant()).isEqualTo(new Claimant("Dawn", ClaimantType.MEDIA));
    assertThat(c.relayedBy()).isNull();
  }

  @Test
  void a_press_release_speaks_for_its_issuer() {
    CasualtyClaim c = only("Eleven khawarij were sent to hell in North Waziristan.", "ISPR");
    assertThat(c.claimant()).isEqualTo(new Claimant("ISPR", ClaimantType.STATE_MILITARY));
    assertThat(c.selfInterested()).isTrue();
  }

  @Test
  void a_source_named_later_in_the_paragraph_covers_the_figure() {
    var claims = Extractions.of("Five soldiers were killed. The attack began at dawn, the army said.",
        "Dawn").claims();
    assertThat(claims.get(0).claimant().type()).isEqualTo(ClaimantType.STATE_MILITARY);
  }

  @Test
  void two_voices_set_against_each_other_each_keep_their_figure() {
    var claims = Extractions.of("The military said 52 militants were killed in the operations,"
        + " while the Baloch Liberation Army claimed it had killed at least 280 soldiers.",
        "Frontier Wire").claims();
    assertThat(claims).extracting(c -> c.count().low() + " " + c.claimant().type().label())
        .containsExactly("52 state_military", "280 armed_group");
    // a sentence with one voice keeps it for every figure
    var one = Extractions.of("Police said four soldiers and two civilians were killed, but"
        + " gave no figure for the wounded.", "Dawn").claims();
    assertThat(one).extracting(c -> c.claimant().type().label()).containsOnly("police");
  }
}
