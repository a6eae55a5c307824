package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerBuilderTest {

  private static GeoName town(int id, String name, double lat, double lon) {
    return new GeoName(id, name, lat, lon, 'P', "PPL", "PK", "02", "11", 5_000);
  }

  @Test
  void indexes_a_row_under_its_keys_once_and_replaces_a_repeated_id() {
    GazetteerBuilder b = new GazetteerBuilder();
    b.add(GeoNamesFiles.Row.of(town(1, "Kalat", 29, 66.5), List.of("Qalat")));
    b.add(GeoNamesFiles.Row.of(town(1, "Kalat", 29.1, 66.6), List.of()));
    assertThat(b.entries).singleElement().satisfies(g -> assertThat(g.lat()).isEqualTo(29.1));
    assertThat(b.exact.get("kalat")).containsExactly(0);
    assertThat(b.exact.get("qalat")).containsExactly(0);
  }

  @Test
  void adds_aliases_to_known_ids_and_skips_unknown_ones() throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    b.add(GeoNamesFiles.Row.of(town(7, "Dera Ismail Khan", 31.8, 70.9), List.of()));
    b.addAliases(new BufferedReader(new StringReader(
        "# aliases\n7\tD.I. Khan|DIK\n99\tNowhere\n")));
    assertThat(b.exact.get(PlaceNames.key("D.I. Khan"))).containsExactly(0);
    assertThat(b.exact.get("dik")).containsExactly(0);
    assertThat(b.exact).doesNotContainKey("nowhere");
  }

  @Test
  void adds_a_district_around_its_seat() throws IOException {
    GazetteerBuilder b = new GazetteerBuilder();
    b.add(GeoNamesFiles.Row.of(town(5, "Seattown", 30, 66), List.of()));
    b.addDistricts(new BufferedReader(new StringReader("5\tGreenvale\n")));
    GeoName district = b.entries.get(1);
    assertThat(district.name()).isEqualTo("Greenvale");
    assertThat(district.precision()).isEqualTo(Precision.DISTRICT);
    assertThat(b.exact.get("greenvale district")).containsExactly(1);
    assertThat(b.exact.get("greenvale")).containsExactly(1);
  }
}
