package org.counterclaim.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.testkit.Extractions;
import org.junit.jupiter.api.Test;

/** Quotes, statements and their speakers. */
class QuoteExtractorTest {

  private static List<Quote> quotes(String text) {
    return Extractions.of(text).quotes();
  }

  @Test
  void a_split_quote_is_two_quotes_of_one_speaker() {
    List<Quote> q = quotes("\"Controlling this border is hard,\" Deputy Commissioner Ahmed Kakar said,"
        + " \"but we will not give up.\"");
    assertThat(q).extracting(Quote::text, Quote::direct)
        .containsExactly(tuple("Controlling this border is hard,", true),
            tuple("but we will not give up.", true));
    assertThat(q).extracting(x -> x.speaker().name()).containsOnly("Ahmed Kakar");
    assertThat(q.get(0).speaker().role()).isEqualTo("Deputy Commissioner");
  }

  @Test
  void pronouns_and_surnames_resolve_to_the_full_name() {
    List<Quote> q = quotes("Defence Minister Khawaja Imran said the attackers came from abroad."
        + "\n\n\"We have shown patience for two years,\" Imran said.\n\n"
        + "\"Every planner will be brought to justice,\" he added.");
    assertThat(q).extracting(x -> x.speaker().name())
        .containsExactly("Khawaja Imran", "Khawaja Imran", "Khawaja Imran");
    assertThat(q).extracting(x -> x.speaker().mention().text()).containsExactly("Defence Minister Khawaja Imran", "Imran", "he");
    assertThat(q.get(0).direct()).isFalse();
    assertThat(q.get(0).text()).isEqualTo("the attackers came from abroad");
    assertThat(q.get(0).speaker().type()).isEqualTo(ClaimantType.STATE_GOVERNMENT);
  }

  @Test
  void an_unnamed_official_stays_unnamed_but_typed_and_keeps_who_he_told() {
    Quote q = quotes("Eleven soldiers were killed in the ambush, a security official told Reuters"
        + " on condition of anonymity.").get(0);
    assertThat(q.speaker().name()).isNull();
    assertThat(q.speaker().role()).isEqualTo("security official");
    assertThat(q.speaker().type()).isEqualTo(ClaimantType.OFFICIAL_UNNAMED);
    assertThat(q.speaker().toldTo()).isEqualTo("Reuters");
    assertThat(q.text()).isEqualTo("Eleven soldiers were killed in the ambush");
  }

  @Test
  void a_quote_without_a_verb_continues_the_previous_speaker() {
    List<Quote> q = quotes("\"They came at night,\" said Ali Raza, a shopkeeper.\n\n"
        + "\"Nobody could stop them. We ran to the mosque.\"");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker()).isNotNull();
    assertThat(q.get(1).speaker().name()).isEqualTo("Ali Raza");
    assertThat(q.get(1).cue()).isNull();
  }

  @Test
  void a_spokesman_speaks_for_his_organisation() {
    Quote q = quotes("Taliban spokesman Zabihullah Mujahid said 30 soldiers were killed.").get(0);
    assertThat(q.speaker().name()).isEqualTo("Zabihullah Mujahid");
    assertThat(q.speaker().actor()).isEqualTo("taliban");
    assertThat(q.speaker().role()).isEqualTo("spokesman");
    assertThat(Extractions.claims("Taliban spokesman Zabihullah Mujahid said 30 soldiers were killed.")
        .get(0).claimant().name()).isEqualTo("Taliban");
  }

  @Test
  void scare_quotes_are_not_statements() {
    // the marks are not a direct quote; what the army called them is the army's statement
    assertThat(quotes("The army called the attackers \"terrorists\" in its statement."))
        .singleElement().satisfies(q -> {
          assertThat(q.direct()).isFalse();
          assertThat(q.speaker().mention().text()).isEqualTo("The army");
        });
  }

  @Test
  void every_offset_points_at_the_words() {
    String text = "«The convoy was hit twice», the governor said. Police said 4 people died.";
    for (Quote q : quotes(text)) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      assertThat(text.substring(q.speaker().mention().start(), q.speaker().mention().end()))
          .isEqualTo(q.speaker().mention().text());
    }
  }

  @Test
  void a_record_that_says_which_it_is_can_be_a_source_and_a_bare_one_cannot() {
    List<Quote> q = quotes("At least 120 civilians were killed in the district in March, according"
        + " to hospital records. A survey of displaced families found that most had fled twice."
        + " The report said the toll was rising. Police found two bodies in a ditch.");
    assertThat(q).extracting(x -> x.speaker().mention().text(), Quote::text).containsExactly(
        tuple("hospital records", "At least 120 civilians were killed in the district in March"),
        tuple("A survey of displaced families", "most had fled twice"));
    // a record is typed by its keeper: hospital records are medical
    assertThat(q.get(0).speaker().type()).isEqualTo(ClaimantType.MEDICAL);
  }

  @Test
  void a_headline_names_its_speaker_before_a_colon_but_not_its_place() {
    assertThat(quotes("ISPR: 12 terrorists killed in North Waziristan operation"))
        .singleElement().satisfies(q -> {
          assertThat(q.speaker().mention().text()).isEqualTo("ISPR");
          assertThat(q.speaker().type()).isEqualTo(ClaimantType.STATE_MILITARY);
          assertThat(q.text()).isEqualTo("12 terrorists killed in North Waziristan operation");
        });
    assertThat(quotes("Police: Three killed in Quetta blast")).singleElement()
        .satisfies(q -> assertThat(q.speaker().type()).isEqualTo(ClaimantType.POLICE));
    assertThat(quotes("Taliban: 40 soldiers killed in Kunduz raid")).singleElement()
        .satisfies(q -> assertThat(q.speaker().type()).isEqualTo(ClaimantType.ARMED_GROUP));
    // a dateline, a place and a label are nobody
    assertThat(quotes("QUETTA: Seven policemen were killed on Monday.")).isEmpty();
    assertThat(quotes("Khuzdār: children among dead as bomb hits school bus")).isEmpty();
    assertThat(quotes("Update: Five killed in Bannu attack")).isEmpty();
    // and the casualty figure is the speaker's claim
    assertThat(org.counterclaim.core.testkit.Extractions.of(
        "ISPR: 12 terrorists killed in North Waziristan operation").claims())
        .singleElement().satisfies(c -> assertThat(c.claimant().name()).isEqualTo("ISPR"));
  }

  @Test
  void calling_something_names_a_view_but_calling_a_thing_a_name_does_not() {
    assertThat(quotes("The ministry called the claims baseless on Monday.")).singleElement()
        .satisfies(q -> {
          assertThat(q.speaker().mention().text()).isEqualTo("The ministry");
          assertThat(q.cue().text()).isEqualTo("called");
          assertThat(q.text()).isEqualTo("the claims baseless on Monday");
        });
    assertThat(quotes("Elders called for an inquiry into the killings.")).singleElement()
        .satisfies(q -> assertThat(q.text()).isEqualTo("for an inquiry into the killings"));
    assertThat(quotes("Gunmen attacked a village called Kot Azam on Sunday.")).isEmpty();
    assertThat(quotes("The match was called off after the blast.")).isEmpty();
    assertThat(quotes("A little-known group calling itself the Kashmir Tigers claimed the attack."))
        .isEmpty();
  }

  @Test
  void a_stance_verb_attributes_its_object_to_its_subject() {
    List<Quote> q = quotes("The provincial government rejected the traders' demand for compensation.");
    assertThat(q).extracting(x -> x.speaker().mention().text(), x -> x.cue().text(), Quote::text)
        .containsExactly(tuple("The provincial government", "rejected",
            "the traders' demand for compensation"));
  }

  @Test
  void the_speaker_is_the_subject_not_the_name_after_the_verb() {
    List<Quote> q = quotes("Senator Ahmed Rubio, a rival of the governor, said Trump is unelectable now.");
    assertThat(q).extracting(x -> x.speaker().name()).containsExactly("Ahmed Rubio");
    assertThat(q.get(0).text()).isEqualTo("Trump is unelectable now");
  }

  @Test
  void a_statement_inside_another_is_part_of_it() {
    List<Quote> q = quotes("Commissioner Rashid Kakar proclaimed that he believed that the market"
        + " would reopen soon.");
    assertThat(q).extracting(x -> x.cue().text()).containsExactly("proclaimed");
    assertThat(q.get(0).text()).isEqualTo("he believed that the market would reopen soon");
  }

  @Test
  void a_verb_inside_a_direct_quote_is_no_statement_of_its_own() {
    List<Quote> q = quotes("\"I think they want to frighten the whole bazaar,\" said Juma Khan, a trader.");
    assertThat(q).extracting(Quote::direct, x -> x.speaker().name())
        .containsExactly(tuple(true, "Juma Khan"));
  }
}
