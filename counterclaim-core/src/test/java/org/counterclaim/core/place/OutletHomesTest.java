package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outlet homes: reading, writing and learning them. */
class OutletHomesTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();

  @TempDir Path dir;

  /** A resolved place as the extractor gives it, enough for learning. */
  private Place place(String mention, int geonameId) {
    GeoName g = gazetteer.byId(geonameId).orElseThrow();
    return new Place(mention, 0, mention.length(), g.name(), g.id(), g.lat(), g.lon(),
        g.country(), null, null, String.valueOf(g.featureClass()), g.precision(), false);
  }

  @Test
  void reads_a_file_of_outlets_and_geonames_ids() throws Exception {
    Path file = dir.resolve("homes.tsv");
    Files.writeString(file, "# outlet\tid\n\nDawn\t1174872\tKarachi\nhttps://www.Example.com/\t"
        + "1168579\n");
    OutletHomes homes = OutletHomes.read(file, gazetteer);
    assertThat(homes.size()).isEqualTo(2);
    assertThat(homes.homeOf("dawn")).map(GeoName::name).contains("Karachi");
    assertThat(homes.homeOf("example.com")).map(GeoName::country).contains("PK");
    assertThat(homes.homeOf("Reuters")).isEmpty();
    assertThat(homes.homeOf(null)).isEmpty();
  }

  @Test
  void a_bad_file_is_an_error_naming_the_file_and_line() throws Exception {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "Dawn\t1174872\nThe Star\tKarachi\n");
    assertThatThrownBy(() -> OutletHomes.read(file, gazetteer))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ":2: \"Karachi\" is not a GeoNames id");
    Files.writeString(file, "Dawn\t999999999\n");
    assertThatThrownBy(() -> OutletHomes.read(file, gazetteer))
        .hasMessage(file + ": the gazetteer has no place with GeoNames id 999999999 (outlet dawn)");
    Files.writeString(file, "Dawn 1174872\n");
    assertThatThrownBy(() -> OutletHomes.read(file, gazetteer))
        .hasMessageContaining(file + ":1: expected an outlet and a GeoNames id");
    assertThatThrownBy(() -> OutletHomes.read(dir.resolve("none.tsv"), gazetteer))
        .hasMessage(dir.resolve("none.tsv") + ": no such outlet homes file");
  }

  @Test
  void what_it_writes_reads_back() throws Exception {
    OutletHomes homes = OutletHomes.of(Map.of("Dawn", gazetteer.byId(1174872).orElseThrow(),
        "pk.example", gazetteer.country("PK").orElseThrow()));
    StringWriter text = new StringWriter();
    homes.write(new PrintWriter(text), gazetteer);
    assertThat(text.toString()).contains("dawn\t1174872\tKarachi, Sindh, PK");
    Path file = dir.resolve("homes.tsv");
    Files.writeString(file, text.toString());
    OutletHomes again = OutletHomes.read(file, gazetteer);
    assertThat(again.homeOf("Dawn")).isEqualTo(homes.homeOf("Dawn"));
    assertThat(again.homeOf("pk.example")).isEqualTo(homes.homeOf("pk.example"));
  }

  @Test
  void learns_the_province_and_town_an_outlets_reports_keep_naming() {
    List<List<Place>> reports = new ArrayList<>();
    // Quetta (1167528) and Mastung (1170395), Balochistan; once Karachi (1174872), Sindh
    reports.add(List.of(place("Quetta", 1167528)));
    reports.add(List.of(place("Quetta", 1167528), place("Mastung", 1170395)));
    reports.add(List.of(place("Mastung", 1170395)));
    reports.add(List.of(place("Karachi", 1174872)));
    OutletHomes homes = OutletHomes.learn(Map.of("The Quetta Desk", reports,
        "Two Reports", reports.subList(0, 2)), gazetteer, Vocabulary.shipped());
    assertThat(homes.homeOf("the quetta desk")).map(GeoName::name).contains("Quetta");
    // too few reports to say
    assertThat(homes.homeOf("Two Reports")).isEmpty();
  }

  @Test
  void an_outlets_name_and_country_ending_say_where_it_is() {
    // "Alexandria": Egypt's is biggest, but a paper named for it whose reports name Louisiana
    // places is at home in Alexandria, Louisiana
    List<List<Place>> reports = List.of(
        List.of(place("Alexandria", 4314550), place("Shreveport", 4341513)),
        List.of(place("Baton Rouge", 4315588)),
        List.of(place("Shreveport", 4341513)));
    OutletHomes homes = OutletHomes.learn(Map.of("alexandriatalk.example", reports,
        "alexandria.eg", reports), gazetteer, Vocabulary.shipped());
    assertThat(homes.homeOf("alexandriatalk.example")).map(GeoName::id).contains(4314550);
    // a .eg site is at home in Egypt whatever its reports name: here nothing to learn from
    assertThat(homes.homeOf("alexandria.eg")).isEmpty();
    assertThat(OutletHomes.countryOfDomain("moscowtimes.ru")).isEqualTo("RU");
    assertThat(OutletHomes.countryOfDomain("thisisoxfordshire.co.uk")).isEqualTo("GB");
    assertThat(OutletHomes.countryOfDomain("example.com")).isNull();
    assertThat(OutletHomes.countryOfDomain("Dawn")).isNull();
  }
}
