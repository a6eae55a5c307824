package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;

/** What becomes a claim, and what must not. */
class CasualtyExtractorTest {

  private static List<CasualtyClaim> claims(String text) {
    return Extractions.claims(text);
  }

  @Test
  void coordinated_victim_groups_are_separate_claims() {
    assertThat(claims("One civilian and six assailants were killed and three civilians were"
            + " injured in the clash."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low())
        .containsExactly(
            tuple(Outcome.KILLED, VictimCategory.CIVILIANS, 1),
            tuple(Outcome.KILLED, VictimCategory.MILITANTS, 6),
            tuple(Outcome.INJURED, VictimCategory.CIVILIANS, 3));
  }

  @Test
  void men_a_party_says_it_lost_are_its_own() {
    assertThat(claims("\"We lost nine men in the raid on the depot,\" the army said in a statement."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(Outcome.KILLED, VictimCategory.SECURITY_FORCES, 9));
  }

  @Test
  void the_main_verb_after_a_relative_clause_says_what_happened() {
    // the wound is told in passing; the death is the news
    assertThat(claims("A tailor who had suffered burns in the fire died in hospital on Monday."))
        .extracting(c -> c.outcome(), c -> c.count().low())
        .containsExactly(tuple(Outcome.KILLED, 1));
    assertThat(claims("Two drivers who were wounded in the ambush succumbed to their injuries."))
        .extracting(c -> c.outcome(), c -> c.count().low())
        .containsExactly(tuple(Outcome.KILLED, 2));
    // a clause that breaks off keeps its own outcome
    assertThat(claims("Three guards who were wounded when the gate was hit were flown out."))
        .extracting(c -> c.outcome(), c -> c.count().low())
        .containsExactly(tuple(Outcome.INJURED, 3));
  }

  @Test
  void active_and_participle_forms_take_their_objects() {
    assertThat(claims("Gunmen stormed the post, killing three soldiers and wounding five others."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low())
        .containsExactly(
            tuple(Outcome.KILLED, VictimCategory.SECURITY_FORCES, 3),
            tuple(Outcome.INJURED, VictimCategory.SECURITY_FORCES, 5));
  }

  @Test
  void reporting_vocabulary_of_the_region_is_understood() {
    assertThat(claims("Twelve khawarij were sent to hell while four soldiers embraced shahadat."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.MILITANTS, 12), tuple(VictimCategory.SECURITY_FORCES, 4));
    assertThat(claims("Five passengers lost their lives and two labourers were abducted."))
        .extracting(c -> c.outcome(), c -> c.victims())
        .containsExactly(tuple(Outcome.KILLED, VictimCategory.CIVILIANS),
            tuple(Outcome.ABDUCTED, VictimCategory.CIVILIANS));
  }

  @Test
  void a_statement_that_none_died_or_were_hurt_is_a_zero_figure() {
    assertThat(claims("No casualties were reported."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low(), c -> c.count().high(),
            c -> c.count().qualifier())
        .containsExactly(tuple(Outcome.KILLED, VictimCategory.PEOPLE, 0, 0, Qualifier.DENIAL));
    assertThat(claims("No one was hurt in the explosion."))
        .extracting(c -> c.outcome(), c -> c.count().qualifier())
        .containsExactly(tuple(Outcome.INJURED, Qualifier.DENIAL));
    assertThat(claims("The army denied that any soldier was killed in the raid."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.SECURITY_FORCES, 0));
    assertThat(claims("There were no casualties among the rebels."))
        .extracting(c -> c.victims(), c -> c.count().qualifier())
        .containsExactly(tuple(VictimCategory.MILITANTS, Qualifier.DENIAL));
    assertThat(claims("The convoy suffered no casualty or injury, the ministry said."))
        .extracting(c -> c.outcome())
        .containsExactly(Outcome.KILLED, Outcome.INJURED);
  }

  @Test
  void negations_and_absent_reports_are_not_claims() {
    assertThat(claims("The soldiers were not injured.")).isEmpty();
    assertThat(claims("There were no immediate reports of casualties.")).isEmpty();
    assertThat(claims("No bodies were found at the site.")).isEmpty();
    assertThat(claims("The army denied that 20 soldiers were killed in the raid.")).isEmpty();
  }

  @Test
  void figures_of_other_times_are_background() {
    List<CasualtyClaim> last = claims(
        "Last year 40 people were killed in a similar attack on the market.");
    assertThat(last).extracting(c -> c.count().low(), c -> c.scope())
        .containsExactly(tuple(40, ClaimScope.BACKGROUND));
    assertThat(claims("More than 300 people have died in the province since January."))
        .extracting(c -> c.scope()).containsExactly(ClaimScope.BACKGROUND);
    assertThat(org.counterclaim.core.extract.ReportTotals.of(last)).isEmpty();
  }

  @Test
  void a_subset_after_including_is_a_part_of_its_figure() {
    List<CasualtyClaim> found = claims("Five people, including two children, were killed.");
    assertThat(found)
        .extracting(c -> c.count().low(), c -> c.victims(), c -> c.scope())
        .containsExactly(tuple(5, VictimCategory.PEOPLE, ClaimScope.INCIDENT),
            tuple(2, VictimCategory.CIVILIANS, ClaimScope.PART));
    assertThat(org.counterclaim.core.extract.ReportTotals.of(found).get(Outcome.KILLED).best())
        .isEqualTo(5);
    // one of the same class singled out is no part of its own
    assertThat(claims("Four soldiers, including a captain, were killed."))
        .extracting(c -> c.count().low()).containsExactly(4);
  }

  @Test
  void two_others_take_the_group_named_before_them() {
    assertThat(claims("A police constable was martyred and two others were injured."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(Outcome.KILLED, VictimCategory.POLICE, 1),
            tuple(Outcome.INJURED, VictimCategory.POLICE, 2));
  }

  @Test
  void a_revised_toll_is_the_new_figure() {
    assertThat(claims("The death toll rose from 10 to 58 on Monday, officials said."))
        .extracting(c -> c.count().low())
        .containsExactly(58);
  }

  @Test
  void hypothetical_deaths_are_not_claims() {
    assertThat(claims("The bomb could have killed dozens of worshippers.")).isEmpty();
    assertThat(claims("The group threatened to kill 20 hostages.")).isEmpty();
  }

  @Test
  void captured_militants_are_arrested_and_captured_soldiers_abducted() {
    assertThat(claims("Troops captured three militants."))
        .extracting(CasualtyClaim::outcome).containsExactly(Outcome.ARRESTED);
    assertThat(claims("Rebels captured four soldiers."))
        .extracting(CasualtyClaim::outcome).containsExactly(Outcome.ABDUCTED);
  }

  @Test
  void the_hostages_take_their_number_from_the_abduction() {
    ReportExtraction e = Extractions.of("Gunmen abducted five engineers on Monday. The hostages"
        + " were killed two days later.");
    assertThat(e.claims())
        .extracting(c -> c.outcome(), c -> c.count().low())
        .containsExactly(tuple(Outcome.ABDUCTED, 5), tuple(Outcome.KILLED, 5));
  }

  @Test
  void the_attackers_take_their_number_from_an_earlier_count() {
    assertThat(claims("Three suicide bombers attacked the court in Puli Alam. In addition to the"
            + " assailants, seven people were killed."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.MILITANTS, 3), tuple(VictimCategory.PEOPLE, 7));
  }

  @Test
  void a_person_named_before_counts_when_named_again_by_surname() {
    assertThat(claims("Assailants opened fire on Molvi Ahmad Tayyab Nazami, a prayer leader, in"
            + " Kapisa. Nazami and his son were killed in the attack."))
        .extracting(c -> c.count().low())
        .containsExactly(1, 1);
  }

  @Test
  void the_victim_is_one_person() {
    assertThat(claims("Gunmen abducted a trader in Paktika. The victim was shot and killed hours later."))
        .extracting(c -> c.outcome(), c -> c.count().low())
        .containsExactly(tuple(Outcome.ABDUCTED, 1), tuple(Outcome.KILLED, 1));
  }

  @Test
  void a_name_apposed_to_a_victim_is_the_same_victim() {
    assertThat(claims("Assailants shot and killed a teacher, Mohammad Amin, in Kanjarkhel."))
        .extracting(c -> c.count().low())
        .containsExactly(1);
  }

  @Test
  void a_comma_does_not_join_the_subject_of_the_next_clause() {
    assertThat(claims("Gunmen opened fire on a convoy, killing at least 38 people, two local"
            + " officials told Reuters."))
        .extracting(c -> c.count().low())
        .containsExactly(38);
  }

  @Test
  void another_is_one_more_of_the_victims_named_before() {
    assertThat(claims("Two civilians were killed and another was wounded in the attack."))
        .extracting(c -> c.outcome(), c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(Outcome.KILLED, VictimCategory.CIVILIANS, 2),
            tuple(Outcome.INJURED, VictimCategory.CIVILIANS, 1));
  }

  @Test
  void an_unknown_number_does_not_hide_the_victims_counted_beside_it() {
    assertThat(claims("Four officers and an unknown number of assailants were injured."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.POLICE, 4));
  }

  @Test
  void a_named_victim_with_a_role_counts_once_beside_the_others() {
    assertThat(claims("Himmat, a district police chief, and an assailant were killed."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.POLICE, 1), tuple(VictimCategory.MILITANTS, 1));
    assertThat(claims("The police commander, Ismail, was wounded in the attack."))
        .extracting(c -> c.count().low()).containsExactly(1);
    assertThat(claims("One of the fighters, Abu Hafsa al-Barnawi, was killed in the clashes."))
        .extracting(c -> c.victims(), c -> c.count().low())
        .containsExactly(tuple(VictimCategory.MILITANTS, 1));
  }

  @Test
  void evidence_is_the_sentence_the_figure_came_from() {
    String text = "Heavy fighting was reported.\n\nSeven officers were killed in Noshki, police said.";
    CasualtyClaim c = Extractions.claims(text).get(0);
    assertThat(c.evidence().text()).isEqualTo("Seven officers were killed in Noshki, police said.");
    assertThat(text.substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
  }

  @Test
  void a_toll_among_a_group_counts_that_group() {
    assertThat(claims("The death toll among security personnel from Tuesday's attacks has risen"
        + " to 31, officials said.")).singleElement()
        .satisfies(c -> assertThat(c.victims()).isEqualTo(VictimCategory.SECURITY_FORCES))
        .satisfies(c -> assertThat(c.count().low()).isEqualTo(31));
    assertThat(claims("The death toll rose to 12, officials said.")).singleElement()
        .satisfies(c -> assertThat(c.victims()).isEqualTo(VictimCategory.PEOPLE));
  }
}
