package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NeighboursTest {

  private static GeoName town(int id, double lat, double lon) {
    return new GeoName(id, "T" + id, lat, lon, 'P', "PPL", "PK", "02", "", 1_000);
  }

  private static Mention mention(List<GeoName> candidates) {
    return new Mention(0, 0, 1, 0, 5, "Words", null, false, candidates, false, false, false,
        null);
  }

  @Test
  void counts_the_other_names_with_a_reading_nearby() {
    GeoName near = town(1, 30.0, 66.0);
    GeoName far = town(2, 10.0, 10.0);
    GeoName other = town(3, 30.2, 66.1);
    List<Mention> mentions = List.of(mention(List.of(near, far)), mention(List.of(other)));
    Map<GeoName, Integer> count = Neighbours.count(mentions, List.of(List.of(0), List.of(1)));
    assertThat(count).containsEntry(near, 1).containsEntry(other, 1).doesNotContainKey(far);
  }

  @Test
  void counts_nothing_for_a_single_name() {
    List<Mention> mentions = List.of(mention(List.of(town(1, 30, 66))));
    assertThat(Neighbours.count(mentions, List.of(List.of(0)))).isEmpty();
  }
}
