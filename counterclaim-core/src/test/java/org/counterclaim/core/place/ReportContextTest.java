package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportContextTest {

  private static GeoName town(int id, String country, String admin1, double lat, double lon) {
    return new GeoName(id, "T" + id, lat, lon, 'P', "PPL", country, admin1, "", 1_000);
  }

  @Test
  void favours_places_in_the_countries_and_provinces_named_and_near_named_places() {
    ReportContext context = new ReportContext();
    context.add(town(1, "PK", "02", 30.0, 66.0), 1);
    assertThat(context.countries()).containsEntry("PK", 1.0);
    double sameProvinceNear = context.score(town(2, "PK", "02", 30.5, 66.5));
    double sameCountry = context.score(town(3, "PK", "04", 34.0, 72.0));
    double abroad = context.score(town(4, "RO", "10", 45.0, 25.0));
    assertThat(sameProvinceNear).isEqualTo(3.5 + 2.5 + 1.5);
    assertThat(sameCountry).isEqualTo(3.5);
    assertThat(abroad).isEqualTo(-1);
  }

  @Test
  void a_region_weighs_its_country_only() {
    ReportContext context = new ReportContext();
    context.add(new GeoName(-1, "Sahel", 15, 0, 'L', "RGN", "", "", "", 0), 2);
    assertThat(context.countries()).isEmpty();
    assertThat(context.scene()).isEmpty();
  }
}
