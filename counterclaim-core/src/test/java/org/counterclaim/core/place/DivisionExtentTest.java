package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionExtentTest {

  private static GeoName town(int id, double lat, double lon, long population) {
    return new GeoName(id, "Town" + id, lat, lon, 'P', "PPL", "PK", "02", "", population);
  }

  @Test
  void places_a_division_in_the_middle_of_its_towns_and_sums_their_people() {
    DivisionExtent e = new DivisionExtent();
    e.add(town(1, 30, 66, 1_000));
    e.add(town(2, 28, 64, 2_000));
    e.add(town(3, 29, 70, 500));
    assertThat(e.size()).isEqualTo(3);
    assertThat(e.lat()).isEqualTo(29.0);
    assertThat(e.lon()).isEqualTo(67.0);
    assertThat(e.population()).isEqualTo(3_500);
  }

  @Test
  void leaves_the_outermost_hundredth_out() {
    DivisionExtent e = new DivisionExtent();
    for (int i = 0; i < 200; i++) {
      e.add(town(i, 10 + (i % 2), 20, 1));
    }
    e.add(town(999, 80, 20, 1));
    assertThat(e.size()).isEqualTo(201);
    assertThat(e.lat()).isEqualTo(10.5);
  }
}
