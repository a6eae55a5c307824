package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;
import org.counterclaim.core.actor.ClaimantType;

/**
 * Claimants typed by rule wherever the report comes from: roles, ranks and titles, state bodies and
 * army units, capitals, armed groups by what they are, medical and humanitarian bodies.
 */
class ClaimantClassifierWorldwideTest {

  private static Claimant claimantOf(String text) {
    List<CasualtyClaim> claims = Extractions.of(text, "Harbour Herald").claims();
    assertThat(claims).isNotEmpty();
    return claims.get(0).claimant();
  }

  private static ClaimantType typeOf(String text) {
    return claimantOf(text).type();
  }

  @Test
  void a_named_person_takes_the_type_of_the_role_given_before_the_name() {
    assertThat(typeOf("Four farmers died in the clash, district health official Tomas Ferreira"
        + " told reporters.")).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(typeOf("County commissioner Peter Lual said nine herders were killed."))
        .isEqualTo(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void a_rank_puts_a_person_on_the_state_side_when_nothing_else_does() {
    assertThat(typeOf("Capt. Ramon Alcantara said two marines were killed in the clash."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("Lt. Col. Ivan Petrenko said six soldiers were wounded."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("Brig. Gen. Samuel Okoro said 14 insurgents were killed."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
  }

  @Test
  void a_body_named_beside_a_rank_decides_over_it() {
    assertThat(typeOf("Sergeant Anan Wongsa of the district police said three guards died at the"
        + " gate.")).isEqualTo(ClaimantType.POLICE);
  }

  @Test
  void an_apposition_after_the_name_types_the_person() {
    Claimant c = claimantOf("Marta Kovalenko, deputy head of the presidential office, told a"
        + " briefing that three civilians died.");
    assertThat(c.type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(typeOf("Amina Yusuf, spokeswoman for the health ministry, said 12 people were"
        + " wounded.")).isEqualTo(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void the_role_given_earlier_carries_to_the_surname_and_the_pronoun() {
    List<CasualtyClaim> claims = Extractions.of("The gunmen had fled, according to residents,"
        + " when the county commissioner, Gabriel Deng, arrived with police.\n\n"
        + "Deng told the council that eleven traders had died.\n\n"
        + "Three more were hurt, he said.", "Harbour Herald").claims();
    assertThat(claims).extracting(c -> c.claimant().type())
        .containsOnly(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void an_army_unit_and_a_defence_ministry_are_the_military() {
    assertThat(typeOf("The Fourth Division said seven soldiers died in the ambush."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("The defence ministry said 20 fighters were killed."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
  }

  @Test
  void a_capital_speaks_for_its_government() {
    Claimant c = claimantOf("Moscow said 30 of its soldiers had been killed in the fighting.");
    assertThat(c.type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(c.name()).isEqualTo("Moscow");
  }

  @Test
  void the_kremlin_is_the_state() {
    assertThat(typeOf("The Kremlin said two servicemen were killed.")).isIn(
        ClaimantType.STATE_GOVERNMENT, ClaimantType.OFFICIAL_UNNAMED);
  }

  @Test
  void armed_groups_are_known_by_what_they_are() {
    assertThat(typeOf("The separatists said their fighters shot dead six soldiers."))
        .isEqualTo(ClaimantType.ARMED_GROUP);
    assertThat(typeOf("Rebel fighters said 15 soldiers were killed at the checkpoint."))
        .isEqualTo(ClaimantType.ARMED_GROUP);
  }

  @Test
  void a_spokesman_of_a_registered_group_speaks_for_the_group_and_stays_the_speaker() {
    Claimant c = claimantOf("NPA spokesman Ka Luis Malaya said eight soldiers were killed.");
    assertThat(c).isEqualTo(new Claimant("New People's Army", ClaimantType.ARMED_GROUP));
  }

  @Test
  void hospitals_doctors_and_ambulance_services_are_medical() {
    assertThat(typeOf("Doctors at the regional hospital said 16 people were wounded."))
        .isEqualTo(ClaimantType.MEDICAL);
    assertThat(typeOf("Hospital sources said six people had died of their wounds."))
        .isEqualTo(ClaimantType.MEDICAL);
    assertThat(typeOf("The ambulance service said 23 people were wounded in the blast."))
        .isEqualTo(ClaimantType.MEDICAL);
  }

  @Test
  void un_agencies_the_red_cross_and_rights_groups_are_humanitarian() {
    assertThat(typeOf("UNICEF said at least 11 children were killed.")).isEqualTo(
        ClaimantType.HUMANITARIAN);
    assertThat(typeOf("The International Committee of the Red Cross said 40 people were"
        + " wounded.")).isEqualTo(ClaimantType.HUMANITARIAN);
    assertThat(typeOf("A local rights group said 19 villagers were killed."))
        .isEqualTo(ClaimantType.HUMANITARIAN);
  }

  @Test
  void unnamed_officials_of_a_school_or_hospital_are_not_the_state() {
    assertThat(typeOf("School officials said 40 pupils were kidnapped from the dormitory."))
        .isEqualTo(ClaimantType.OTHER);
    assertThat(typeOf("Provincial officials said 40 pupils were abducted.")).isEqualTo(
        ClaimantType.OFFICIAL_UNNAMED);
  }

  @Test
  void a_record_is_typed_by_its_keeper() {
    assertThat(typeOf("According to army figures, 120 fighters were killed on Sunday."))
        .isEqualTo(ClaimantType.STATE_MILITARY);
    assertThat(typeOf("According to a government statement, 14 soldiers were killed."))
        .isEqualTo(ClaimantType.STATE_GOVERNMENT);
  }
}
