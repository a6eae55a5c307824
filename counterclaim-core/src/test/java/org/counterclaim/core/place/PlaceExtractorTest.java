package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;

/** Places of short reports written for these tests, through the shared extractor. */
class PlaceExtractorTest {

  private static ReportExtraction extract(String text) {
    return Pipelines.extractor().extract(new Report("t", text, null, null));
  }

  private static Place place(ReportExtraction e, String mention) {
    return e.places().stream().filter(p -> p.mention().equals(mention)).findFirst()
        .orElseThrow(() -> new AssertionError("no place '" + mention + "' in " + e.places()));
  }

  @Test
  void a_capital_that_blames_or_is_blamed_is_not_where_it_happened() {
    ReportExtraction e = extract("Gunmen killed six labourers in Noshki on Sunday. Islamabad"
        + " blamed India for the attack, and New Delhi rejected the charge.");
    assertThat(place(e, "Noshki").name()).isEqualTo("Nushki");
    assertThat(place(e, "Noshki").event()).isTrue();
    assertThat(place(e, "Islamabad").geonameId()).isEqualTo(1176615);
    assertThat(place(e, "Islamabad").event()).isFalse();
    assertThat(place(e, "India").event()).isFalse();
    assertThat(place(e, "New Delhi").event()).isFalse();
    assertThat(e.eventPlaces()).extracting(EventPlace::name).containsExactly("Nushki");
  }

  @Test
  void common_words_and_people_are_not_places() {
    ReportExtraction e = extract("Police said a trader, Victoria Adeyemi, was among the four"
        + " people killed when the bomb went off at a market in Maiduguri.");
    assertThat(e.places()).extracting(Place::mention).containsExactly("Maiduguri");
    assertThat(place(e, "Maiduguri").country()).isEqualTo("NG");
  }

  @Test
  void every_town_of_a_list_of_attacked_towns_is_an_event_place() {
    ReportExtraction e = extract("The group said its fighters attacked army camps in Mastung,"
        + " Kalat, Noshki, Pasni, Gwadar, Turbat, Panjgur, Bela and Sibi overnight.");
    assertThat(e.eventPlaces()).extracting(EventPlace::name).contains("Mastung", "Kalat",
        "Nushki", "Pasni", "Gwadar", "Turbat", "Panjgur", "Bela", "Sibi");
    assertThat(e.places()).allSatisfy(p -> {
      assertThat(p.country()).isEqualTo("PK");
      assertThat(p.admin1()).isEqualTo("Balochistān");
    });
  }

  @Test
  void a_district_word_makes_a_district_and_a_province_word_a_province() {
    ReportExtraction e = extract("Militants ambushed a convoy in Kurram district of Khyber"
        + " Pakhtunkhwa province, killing 12 soldiers.");
    Place kurram = place(e, "Kurram");
    assertThat(kurram.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(kurram.featureClass()).isEqualTo("A");
    assertThat(kurram.admin1()).isEqualTo("Khyber Pakhtunkhwa");
    assertThat(place(e, "Khyber Pakhtunkhwa").precision()).isEqualTo(Precision.PROVINCE);
    assertThat(e.eventPlaces().get(0).name()).isEqualTo("Kurram");
  }

  @Test
  void where_the_wounded_were_taken_is_not_where_it_happened() {
    ReportExtraction e = extract("A roadside bomb killed three policemen in Mastung. The"
        + " wounded were taken to hospitals in Quetta.");
    assertThat(place(e, "Mastung").event()).isTrue();
    assertThat(place(e, "Quetta").event()).isFalse();
  }

  @Test
  void a_town_followed_by_its_province_resolves_inside_it() {
    ReportExtraction e = extract("Gunmen attacked a police station in Kalat, Balochistan, on"
        + " Friday, killing two officers.");
    assertThat(place(e, "Kalat").country()).isEqualTo("PK");
    ReportExtraction afghan = extract("Gunmen attacked a police station in Kalat, Zabul, on"
        + " Friday, killing two officers.");
    assertThat(place(afghan, "Kalat").country()).isEqualTo("AF");
  }

  @Test
  void claims_carry_the_places_of_their_sentence() {
    ReportExtraction e = extract("Seven soldiers were killed in Tillaberi on Monday, the army"
        + " said. In Niamey, officials met to discuss the attacks.");
    assertThat(e.claims()).isNotEmpty();
    List<Integer> at = e.claims().get(0).places();
    assertThat(at).hasSize(1);
    assertThat(e.places().get(at.get(0)).mention()).isEqualTo("Tillaberi");
  }

  @Test
  void a_place_the_gazetteer_lacks_is_kept_unresolved() {
    ReportExtraction e = extract("Three villagers were killed in Zarghunabad, Balochistan,"
        + " when gunmen opened fire.");
    Place p = place(e, "Zarghunabad");
    assertThat(p.resolved()).isFalse();
    assertThat(p.geonameId()).isNull();
    assertThat(p.event()).isTrue();
  }

  private static ReportExtraction extract(String text, String outlet, OutletHomes homes) {
    return Pipelines.extractor().withOutletHomes(homes)
        .extract(new Report("t", text, null, outlet));
  }

  private static OutletHomes home(String outlet, int geonameId) {
    return OutletHomes.of(java.util.Map.of(outlet,
        Pipelines.gazetteer().byId(geonameId).orElseThrow()));
  }

  @Test
  void an_outlets_home_settles_a_namesake_the_report_leaves_open() {
    String text = "A woman was charged with setting fire to a house in Alexandria on Friday.";
    assertThat(place(extract(text), "Alexandria").country()).isEqualTo("EG");
    // a Louisiana paper's Alexandria is its own town
    Place local = place(extract(text, "towntalk.example", home("towntalk.example", 4314550)),
        "Alexandria");
    assertThat(local.geonameId()).isEqualTo(4314550);
    // other outlets are not moved
    assertThat(place(extract(text, "wire.example", home("towntalk.example", 4314550)),
        "Alexandria").country()).isEqualTo("EG");
  }

  @Test
  void the_report_itself_outweighs_its_outlets_home() {
    ReportExtraction e = extract("Police in Alexandria, Virginia, said two men were arrested.",
        "towntalk.example", home("towntalk.example", 4314550));
    assertThat(place(e, "Alexandria").admin1()).isEqualTo("Virginia");
  }

  @Test
  void a_town_whose_name_ends_in_city_keeps_the_whole_name() {
    ReportExtraction e = extract("Fire crews from North Kansas City and Kansas City fought the"
        + " blaze for three hours.");
    assertThat(e.places()).extracting(Place::mention)
        .containsExactly("North Kansas City", "Kansas City");
    assertThat(e.places()).allSatisfy(p -> assertThat(p.precision()).isEqualTo(Precision.TOWN));
  }

  @Test
  void dublin_city_council_is_any_dublins_council() {
    String text = "Dublin City Council approved the new budget on Monday.";
    assertThat(place(extract(text), "Dublin City").country()).isEqualTo("IE");
    // Dublin, Ohio, for a paper at home in Columbus
    assertThat(place(extract(text, "local.example", home("local.example", 4509177)),
        "Dublin City").admin1()).isEqualTo("Ohio");
  }

  @Test
  void hyphenated_names_give_the_place_they_hold() {
    ReportExtraction e = extract("Senator Jane Roe, R-Charleston, toured the Athens-Clarke County"
        + " jail. Traffic on the Gusau-Funtua road was halted. Al-Shabaab denied it.");
    // the road between two towns is neither town, but a place of its own the gazetteer lacks
    assertThat(e.places()).extracting(Place::mention)
        .containsExactly("Charleston", "Clarke County", "Gusau-Funtua road");
    assertThat(place(e, "Gusau-Funtua road").precision()).isEqualTo(Precision.UNRESOLVED);
    assertThat(place(e, "Charleston").event()).isFalse();
    assertThat(place(e, "Clarke County").admin1()).isEqualTo("Georgia");
    assertThat(place(e, "Clarke County").precision()).isEqualTo(Precision.DISTRICT);
  }

  @Test
  void a_county_named_without_the_word_is_the_county() {
    ReportExtraction e = extract("Two people were killed when a truck hit their car in"
        + " Avoyelles on Sunday, deputies in Avoyelles Parish said.");
    assertThat(e.places()).extracting(Place::mention).contains("Avoyelles", "Avoyelles Parish");
    assertThat(e.places()).filteredOn(p -> p.mention().startsWith("Avoyelles"))
        .allSatisfy(p -> assertThat(p.name()).isEqualTo("Avoyelles Parish"));
  }

  @Test
  void regions_that_are_no_division_are_places_of_region_precision() {
    ReportExtraction e = extract("Aid groups said 40 villagers were killed in Darfur, and that"
        + " fighting across the Middle East had displaced thousands more.");
    Place darfur = place(e, "Darfur");
    assertThat(darfur.precision()).isEqualTo(Precision.REGION);
    assertThat(darfur.country()).isEqualTo("SD");
    assertThat(darfur.geonameId()).isNull();
    assertThat(darfur.event()).isTrue();
    Place middleEast = place(e, "Middle East");
    assertThat(middleEast.precision()).isEqualTo(Precision.REGION);
    assertThat(middleEast.country()).isNull();
    assertThat(middleEast.event()).isFalse();
    // a region beside a province of its name: the division word decides
    assertThat(place(extract("Violence has surged across the Sahel, from Mali to Niger."),
        "Sahel").precision()).isEqualTo(Precision.REGION);
    assertThat(place(extract("Gunmen killed 12 people in Dori, in Burkina Faso's Sahel region."),
        "Sahel").precision()).isEqualTo(Precision.PROVINCE);
  }
}
