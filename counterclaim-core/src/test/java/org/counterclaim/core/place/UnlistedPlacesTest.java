package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;

/**
 * Places the gazetteer does not know, found by the words around them, and event places found by
 * the rules added for real news: short reports written for these tests.
 */
class UnlistedPlacesTest {

  private static ReportExtraction extract(String text) {
    return Pipelines.extractor().extract(new Report("t", text, null, null));
  }

  private static Place place(ReportExtraction e, String mention) {
    return e.places().stream().filter(p -> p.mention().equals(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no place '" + mention + "' in " + e.places()));
  }

  private static List<String> events(ReportExtraction e) {
    return e.eventPlaces().stream().map(EventPlace::name).toList();
  }

  @Test
  void a_village_the_gazetteer_lacks_is_an_unresolved_event_place() {
    ReportExtraction e = extract("Gunmen on motorcycles stormed Ngamdu village in Borno State,"
        + " Nigeria, on Sunday night, killing nine farmers.");
    Place village = place(e, "Ngamdu");
    assertThat(village.precision()).isEqualTo(Precision.UNRESOLVED);
    assertThat(village.lat()).isNull();
    assertThat(village.name()).isNull();
    assertThat(village.event()).isTrue();
    // unresolved places come after those with a point
    assertThat(e.eventPlaces().get(e.eventPlaces().size() - 1).precision())
        .isEqualTo(Precision.UNRESOLVED);
    assertThat(events(e)).contains("Ngamdu", "Borno");
  }

  @Test
  void locality_words_before_and_around_a_name_make_it_a_place() {
    ReportExtraction e = extract("Soldiers said militants attacked the village of Kuchi in"
        + " Niger on Tuesday, killing four people. Residents said the raiders then hit another"
        + " village, Dalori, before dawn.");
    assertThat(place(e, "Kuchi").event()).isTrue();
    assertThat(place(e, "Dalori").event()).isTrue();
  }

  @Test
  void every_name_of_a_list_before_a_plural_locality_word_is_a_place() {
    ReportExtraction e = extract("Airstrikes hit Ngamdu, Kofa and Mainok villages in Borno State"
        + " on Tuesday, killing eleven insurgents, Nigeria's air force said.");
    assertThat(events(e)).contains("Ngamdu", "Kofa", "Mainok");
  }

  @Test
  void a_named_camp_post_or_market_is_where_it_happened() {
    ReportExtraction e = extract("Suspected jihadists attacked the Inata military camp in"
        + " Burkina Faso on Monday, killing six soldiers. A day earlier a bomb killed three"
        + " traders at Suuq Boocle market in Mogadishu.");
    assertThat(place(e, "Inata").event()).isTrue();
    assertThat(place(e, "Suuq Boocle market").event()).isTrue();
    assertThat(place(e, "Suuq Boocle market").precision()).isEqualTo(Precision.UNRESOLVED);
  }

  @Test
  void a_building_the_gazetteer_lacks_is_kept_only_where_the_event_happened() {
    ReportExtraction e = extract("The mayor, who studied at Kofa school, opened a new clinic in"
        + " Maiduguri on Friday.");
    assertThat(e.places()).extracting(Place::mention).doesNotContain("Kofa school");
    assertThat(place(e, "Maiduguri").event()).isFalse();
  }

  @Test
  void a_camp_named_in_the_next_sentence_is_the_camp_that_was_attacked() {
    ReportExtraction e = extract("The group said its fighters killed 40 soldiers at two military"
        + " camps on Wednesday. It said its fighters still held the Noshki and Panjgur camps.");
    assertThat(events(e)).contains("Nushki", "Panjgur");
  }

  @Test
  void a_road_the_gazetteer_lacks_is_a_place_of_its_own() {
    ReportExtraction e = extract("A roadside bomb killed two policemen on the Maiwand Ring road"
        + " in Kandahar on Sunday.");
    assertThat(place(e, "Maiwand Ring road").event()).isTrue();
    assertThat(place(e, "Maiwand Ring road").precision()).isEqualTo(Precision.UNRESOLVED);
  }

  @Test
  void a_place_before_an_event_noun_is_the_scene_but_a_country_there_is_the_party() {
    ReportExtraction e = extract("Police said the Quetta blast killed 12 people, a week after US"
        + " drone strikes killed four militants.");
    assertThat(place(e, "Quetta").event()).isTrue();
    assertThat(place(e, "US").event()).isFalse();
  }

  @Test
  void the_jurisdiction_of_an_official_or_police_reporting_the_toll_is_the_scene() {
    ReportExtraction e = extract("Gunmen killed 12 cattle herders on Friday, Akobo County"
        + " commissioner Peter Lam said.");
    assertThat(place(e, "Akobo County").event()).isTrue();
    ReportExtraction police = extract("Three people were killed and five wounded in the attack,"
        + " Kano police said.");
    assertThat(place(police, "Kano").event()).isTrue();
  }

  @Test
  void a_place_people_were_sent_to_is_not_the_scene() {
    ReportExtraction e = extract("After gunmen killed five people in Dalori village on Monday,"
        + " survivors fled to Ngamdu village.");
    assertThat(place(e, "Dalori").event()).isTrue();
    assertThat(place(e, "Ngamdu").event()).isFalse();
  }

  @Test
  void faith_and_language_words_open_no_place_names() {
    ReportExtraction e = extract("Gunmen attacked a Catholic church and a Government school in"
        + " the Anglophone region on Sunday, killing three worshippers.");
    assertThat(e.places()).extracting(Place::mention)
        .noneMatch(m -> m.startsWith("Catholic") || m.startsWith("Government")
            || m.startsWith("Anglophone"));
  }

  @Test
  void a_name_glued_to_the_next_sentence_is_found_inside_its_word() {
    String text = "Two bombs killed nine people in Kabul.Police said the toll could rise.";
    ReportExtraction e = extract(text);
    Place kabul = place(e, "Kabul");
    assertThat(text.substring(kabul.start(), kabul.end())).isEqualTo("Kabul");
    assertThat(kabul.country()).isEqualTo("AF");
    assertThat(kabul.event()).isTrue();
  }

  @Test
  void a_compass_province_counts_only_in_a_report_on_its_country() {
    ReportExtraction cameroon = extract("Separatists killed seven soldiers in the Southwest on"
        + " Thursday, Cameroon's army said.");
    assertThat(place(cameroon, "Southwest").country()).isEqualTo("CM");
    assertThat(place(cameroon, "Southwest").event()).isTrue();
    ReportExtraction elsewhere = extract("Two hikers died of heat in the Southwest on Thursday,"
        + " rangers in Phoenix said.");
    assertThat(elsewhere.places()).extracting(Place::mention).doesNotContain("Southwest");
  }

  @Test
  void a_ceasefire_line_is_a_region_and_a_longer_name_after_of_is_looked_up_whole() {
    ReportExtraction e = extract("Two soldiers were killed when troops exchanged fire across the"
        + " Line of Control on Monday.");
    assertThat(place(e, "Line of Control").precision()).isEqualTo(Precision.REGION);
    assertThat(place(e, "Line of Control").event()).isTrue();
    ReportExtraction gaza = extract("An Israeli air strike killed two men on the outskirts of"
        + " Deir al-Balah in the Gaza Strip on Sunday.");
    assertThat(place(gaza, "Deir al-Balah").country()).isEqualTo("PS");
    assertThat(place(gaza, "Deir al-Balah").event()).isTrue();
  }
}
