package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  private final Gazetteer shipped = Pipelines.gazetteer();

  @Test
  void holds_geonames_places_divisions_and_countries() {
    assertThat(shipped.size()).isGreaterThan(195_000);
    assertThat(shipped.named("Quetta")).anyMatch(g -> g.country().equals("PK")
        && g.featureCode().equals("PPLA") && g.population() > 500_000);
    assertThat(shipped.named("Balochistan")).singleElement()
        .satisfies(g -> assertThat(g.precision()).isEqualTo(Precision.PROVINCE));
    assertThat(shipped.named("Pakistan")).singleElement()
        .satisfies(g -> assertThat(g.precision()).isEqualTo(Precision.COUNTRY));
    assertThat(shipped.country("PK")).hasValueSatisfying(g -> assertThat(g.id()).isEqualTo(1168579));
    assertThat(shipped.admin1("PK", "02")).hasValueSatisfying(g ->
        assertThat(g.name()).isEqualTo("Balochistān"));
  }

  @Test
  void finds_alternate_names_aliases_and_spelling_variants() {
    assertThat(shipped.named("Khyber-Pakhtunkhwa")).anyMatch(g -> g.featureCode().equals("ADM1"));
    assertThat(shipped.named("KPK")).anyMatch(g -> g.name().equals("Khyber Pakhtunkhwa"));
    assertThat(shipped.named("D.I. Khan")).anyMatch(g -> g.name().equals("Dera Ismail Khan"));
    assertThat(shipped.named("Qunduz")).anyMatch(g -> g.name().equals("Kunduz"));
    assertThat(shipped.named("Noshki")).isEmpty();
    assertThat(shipped.namedLoosely("Noshki")).anyMatch(g -> g.name().equals("Nushki"));
    assertThat(shipped.namedLoosely("Gawadar")).anyMatch(g -> g.name().equals("Gwadar"));
  }

  @Test
  void places_divisions_and_countries_where_they_are() {
    GeoName balochistan = shipped.admin1("PK", "02").orElseThrow();
    assertThat(balochistan.kilometresTo(28.5, 65.5)).isLessThan(300);
    GeoName russia = shipped.country("RU").orElseThrow();
    assertThat(russia.kilometresTo(60, 100)).isLessThan(50);
  }

  @Test
  void knows_demonyms_districts_and_us_counties() {
    assertThat(shipped.demonym("Afghan")).hasValueSatisfying(g ->
        assertThat(g.country()).isEqualTo("AF"));
    assertThat(shipped.demonym("Americans")).hasValueSatisfying(g ->
        assertThat(g.country()).isEqualTo("US"));
    assertThat(shipped.named("Kurram")).anyMatch(g -> g.precision() == Precision.DISTRICT
        && g.country().equals("PK") && g.id() > 0);
    assertThat(shipped.named("Laurel County")).anyMatch(g -> g.precision() == Precision.DISTRICT
        && g.admin1().equals("KY"));
    GeoName london = shipped.named("London").stream()
        .filter(g -> g.country().equals("US") && g.admin1().equals("KY")).findFirst().orElseThrow();
    assertThat(shipped.admin2("US", "KY", london.admin2())).hasValueSatisfying(g ->
        assertThat(g.name()).isEqualTo("Laurel County"));
  }

  @Test
  void ignores_codes_and_non_latin_names() {
    assertThat(shipped.named("GWD")).noneMatch(g -> g.name().equals("Gwadar"));
    assertThat(shipped.named("IS")).noneMatch(g -> g.country().equals("IS"));
    assertThat(shipped.named("گوادر")).isEmpty();
  }

  @Test
  void a_geonames_dump_adds_its_districts_and_small_places(@TempDir Path dir) throws IOException {
    Path dump = dir.resolve("PK.txt");
    Files.write(dump, List.of(
        row(99000001, "Zarghunabad", "Zarghoonabad,Zarghun Abad", 30.1, 67.2, "P", "PPL", "02",
            "99000002", 120),
        row(99000002, "Zarghun District", "", 30.2, 67.3, "A", "ADM2", "02", "99000002", 0)));
    Gazetteer g = Gazetteer.withDump(dump);
    assertThat(g.named("Zarghoonabad")).singleElement()
        .satisfies(p -> assertThat(p.id()).isEqualTo(99000001));
    assertThat(g.named("Zarghun District")).singleElement()
        .satisfies(p -> assertThat(p.precision()).isEqualTo(Precision.DISTRICT));
    assertThat(g.admin2("PK", "02", "99000002")).isPresent();
    assertThat(g.size()).isEqualTo(shipped.size() + 2);
  }

  @Test
  void a_bad_dump_is_named_with_the_line_and_the_reason(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "just some text\nand more\n");
    assertThatThrownBy(() -> Gazetteer.withDump(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(bad + ": line 1: 1 columns");
    assertThatThrownBy(() -> Gazetteer.withDump(dir.resolve("missing.txt")))
        .hasMessage(dir.resolve("missing.txt") + ": no such file");
  }

  @Test
  void provinces_sit_at_the_centre_of_their_outline_and_entries_are_found_by_id() {
    Gazetteer g = Pipelines.gazetteer();
    GeoName ontario = g.named("Ontario").stream()
        .filter(p -> p.precision() == Precision.PROVINCE).findFirst().orElseThrow();
    // the middle of its outline, far north of where most Ontarians live
    assertThat(ontario.kilometresTo(50.1, -85.8)).isLessThan(50);
    assertThat(g.byId(ontario.id())).contains(ontario);
    assertThat(g.byId(1167528)).map(GeoName::name).contains("Quetta");
    assertThat(g.byId(-1)).isEmpty();
  }

  @Test
  void regions_are_known_unless_the_name_is_taken() {
    Gazetteer g = Pipelines.gazetteer();
    assertThat(g.named("Waziristan")).singleElement().satisfies(r -> {
      assertThat(r.precision()).isEqualTo(Precision.REGION);
      assertThat(r.country()).isEqualTo("PK");
    });
    assertThat(g.named("Black Sea")).singleElement()
        .extracting(GeoName::precision).isEqualTo(Precision.REGION);
    // "Red Sea" is a province of Egypt and of Sudan in GeoNames, and stays so
    assertThat(g.named("Red Sea")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.precision()).isNotEqualTo(Precision.REGION));
  }

  private static String row(int id, String name, String alternates, double lat, double lon,
      String fclass, String fcode, String admin1, String admin2, long population) {
    return String.join("\t", String.valueOf(id), name, name, alternates, String.valueOf(lat),
        String.valueOf(lon), fclass, fcode, "PK", "", admin1, admin2, "", "",
        String.valueOf(population), "", "", "Asia/Karachi", "2024-01-01");
  }
}
