package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;
import org.counterclaim.core.actor.ClaimantType;

/** Whose voice a figure is in when a sentence names several, or none of its own. */
class SentenceVoicesTest {

  private static List<CasualtyClaim> claims(String text) {
    return Extractions.of(text, "Valley Courier").claims();
  }

  @Test
  void a_reporting_verb_inside_a_quotation_is_the_quoted_speakers_words() {
    List<CasualtyClaim> c = claims("“Posts on messaging apps claiming that 30 soldiers died are"
        + " untrue. Four of our soldiers died,” the army spokesman, Major Tunde Bello, said.");
    // the speaker is the major; the 30 he denies stay the posts' figure
    assertThat(c).extracting(x -> x.count().low(), x -> x.claimant().type()).containsExactly(
        tuple(30, ClaimantType.OTHER), tuple(4, ClaimantType.STATE_MILITARY));
  }

  @Test
  void an_outlet_named_in_an_aside_relays_the_authority_the_sentence_names() {
    CasualtyClaim c = claims("As the Delta News Agency reported, according to the governor's"
        + " office, two people died in the shelling.").get(0);
    assertThat(c.claimant().type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(c.relayedBy()).isEqualTo("Delta News Agency");
  }

  @Test
  void another_partys_claim_reported_inside_a_rebuttal_stays_that_partys() {
    List<CasualtyClaim> c = claims("The Taliban's claim that 12 soldiers died in the raid is"
        + " untrue, Capt. Daniel Reyes, a coalition spokesman, said.");
    assertThat(c).extracting(x -> x.count().low(), x -> x.claimant().type())
        .containsExactly(tuple(12, ClaimantType.ARMED_GROUP));
  }

  @Test
  void a_source_that_announced_this_covers_the_sentence_before_it() {
    List<CasualtyClaim> c = claims("""
        Four people died after a drone hit a bus depot in the city.
        Olena Marchuk, the regional governor, reported this on Telegram.""");
    assertThat(c).extracting(x -> x.claimant().type())
        .containsExactly(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void in_a_text_without_blank_lines_each_line_is_a_paragraph() {
    List<CasualtyClaim> c = claims("""
        Police said three officers were killed at the checkpoint.
        A second bomb killed 40 people at a market in the same district.""");
    assertThat(c).extracting(x -> x.count().low(), x -> x.claimant().name())
        .containsExactly(tuple(3, "Police"), tuple(40, "Valley Courier"));
  }

  @Test
  void a_line_that_counts_on_keeps_the_voice_of_the_line_before() {
    List<CasualtyClaim> c = claims("""
        A roadside mine destroyed a minibus near the ferry, killing six passengers, a police officer said.
        Three others were hurt.""");
    assertThat(c).extracting(x -> x.claimant().type())
        .containsOnly(ClaimantType.OFFICIAL_UNNAMED);
  }

  @Test
  void the_statement_added_is_the_last_source_speaking() {
    List<CasualtyClaim> c = claims("""
        The Southern Command said its troops repelled the assault on Monday.

        "Three of our soldiers were killed," the statement added.""");
    assertThat(c).extracting(x -> x.claimant().type())
        .containsExactly(ClaimantType.STATE_MILITARY);
  }

  @Test
  void a_figure_given_as_an_object_names_its_source() {
    List<CasualtyClaim> c = claims("The police gave a lower toll of eight dead on Friday.");
    assertThat(c).extracting(x -> x.count().low(), x -> x.claimant().type())
        .containsExactly(tuple(8, ClaimantType.POLICE));
    assertThat(Extractions.of("Villagers put the number of dead at 21.").quotes())
        .extracting(q -> q.speaker().type()).containsExactly(ClaimantType.WITNESS);
  }

  @Test
  void the_source_is_found_past_in_turn_and_a_date() {
    assertThat(claims("Governor Rafael Ortiz in turn told reporters that eleven police officers"
        + " died.").get(0).claimant().type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
    assertThat(claims("The Shining Path on Friday, June 13, said it had killed three soldiers.")
        .get(0).claimant().type()).isEqualTo(ClaimantType.ARMED_GROUP);
  }

  @Test
  void officials_in_a_place_are_one_source() {
    CasualtyClaim c = claims("Officials in Upper Nile region told reporters that 26 fishermen"
        + " died.").get(0);
    assertThat(c.claimant().type()).isEqualTo(ClaimantType.OFFICIAL_UNNAMED);
    assertThat(c.claimant().name()).contains("Upper Nile");
  }

  @Test
  void it_claimed_is_the_armed_group_not_the_residents_quoted_before() {
    List<CasualtyClaim> c = claims("""
        Residents said the village was shelled overnight.

        The Chin National Front said its fighters had killed 45 soldiers over five days.

        It claimed that two of its own members died.""");
    assertThat(c).extracting(x -> x.claimant().type())
        .containsOnly(ClaimantType.ARMED_GROUP);
  }

  @Test
  void the_militia_is_the_group_the_report_called_a_militia() {
    CasualtyClaim c = claims("Gunmen killed nine fighters of the Kurdish-led SDF militia near"
        + " the border, the militia said.").get(0);
    assertThat(c.claimant().name()).isEqualTo("Syrian Democratic Forces");
  }
}
