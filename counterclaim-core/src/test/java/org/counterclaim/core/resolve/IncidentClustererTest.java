package org.counterclaim.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Grouping reports into incidents, with short made-up reports and hand-made profiles. */
class IncidentClustererTest {

  private static final LocalDate JAN_5 = LocalDate.of(2026, 1, 5);

  // GeoNames ids are made up for the test
  private static final EventPlace KALAT =
      new EventPlace("Kalat", 900001, 29.03, 66.59, "PK", "Balochistan", "Kalat", Precision.TOWN);
  private static final EventPlace BANNU = new EventPlace("Bannu", 900002, 32.99, 70.60, "PK",
      "Khyber Pakhtunkhwa", "Bannu", Precision.TOWN);
  private static final EventPlace KONDUGA =
      new EventPlace("Konduga", 900003, 11.65, 13.42, "NG", "Borno", "Konduga", Precision.TOWN);

  private static final String KALAT_DAWN = "Gunmen stormed a police checkpoint in Kalat late on"
      + " Monday, killing seven policemen. The attackers fled towards the hills after a gunfight"
      + " that lasted an hour, a district official said.";
  private static final String KALAT_WIRE = "Seven policemen died when armed men raided a"
      + " checkpoint on the edge of Kalat on Monday night. The attackers escaped into the hills,"
      + " officials said.";
  private static final String KONDUGA_PT = "Insurgents set off explosives at a crowded fish"
      + " market in Konduga on Monday, leaving twelve traders dead. Rescue workers said dozens"
      + " more were wounded.";
  private static final String KONDUGA_DT = "A double blast tore through the fish market in"
      + " Konduga, killing twelve traders and wounding many shoppers, rescue workers said.";
  private static final String BANNU_ET = "A roadside bomb struck a military convoy near Bannu,"
      + " wounding three soldiers. Troops cordoned off the area and began a search.";

  private static final IncidentClusterer CLUSTERER =
      new IncidentClusterer(IncidentRules.defaults(), Vocabulary.shipped());

  private static ReportProfile report(String key, String publisher, LocalDate event,
      EventPlace place, String text) {
    return new ReportProfile(key, event == null ? null : event.plusDays(1), publisher, event,
        place == null ? List.of() : List.of(place), Set.of(), text, null);
  }

  private static ReportProfile dawn() {
    return report("dawn", "Dawn", JAN_5, KALAT, KALAT_DAWN);
  }

  private static ReportProfile wire() {
    return report("wire", "Reuters", JAN_5, KALAT, KALAT_WIRE);
  }

  private static List<IncidentClusterer.ReportGroup> cluster(ReportProfile... reports) {
    return CLUSTERER.cluster(List.of(reports), Corrections.none());
  }

  private static List<List<String>> groups(List<IncidentClusterer.ReportGroup> result) {
    return result.stream().map(IncidentClusterer.ReportGroup::reports).toList();
  }

  @Test
  void two_reports_of_the_same_attack_join() {
    List<IncidentClusterer.ReportGroup> result = cluster(dawn(), wire());
    assertThat(groups(result)).containsExactly(List.of("dawn", "wire"));
    assertThat(result.get(0).links()).singleElement().satisfies(l -> {
      assertThat(l.reason()).isEqualTo("alike");
      assertThat(l.evidence().place()).isEqualTo("Kalat");
      assertThat(l.evidence().days()).isZero();
    });
  }

  @Test
  void a_place_the_gazetteer_does_not_know_is_no_sign_of_another_town() {
    // the local paper names only the hamlet; the wire names the town: not "far apart"
    EventPlace hamlet = new EventPlace("Killi Sardar", null, null, null, null, null, null,
        Precision.UNRESOLVED);
    ReportProfile local = report("local", "Quetta Mirror", JAN_5, hamlet, KALAT_DAWN);
    List<IncidentClusterer.ReportGroup> result = cluster(local, wire());
    assertThat(groups(result)).containsExactly(List.of("local", "wire"));
    assertThat(result.get(0).links()).singleElement().satisfies(l -> {
      assertThat(l.evidence().farApart()).isFalse();
      assertThat(l.evidence().otherTowns()).isFalse();
    });
  }

  @Test
  void the_same_words_ten_days_apart_do_not_join() {
    ReportProfile later = report("later", "Geo", JAN_5.plusDays(10), KALAT, KALAT_DAWN);
    assertThat(groups(cluster(dawn(), later)))
        .containsExactly(List.of("dawn"), List.of("later"));
  }

  @Test
  void the_same_words_in_different_countries_do_not_join() {
    ReportProfile elsewhere = report("elsewhere", "Geo", JAN_5, KONDUGA, KALAT_DAWN);
    assertThat(groups(cluster(dawn(), elsewhere)))
        .containsExactly(List.of("dawn"), List.of("elsewhere"));
  }

  @Test
  void a_reprint_always_joins_its_original() {
    // a syndicated stub with no date or place of its own and few words in common
    ReportProfile stub = new ReportProfile("stub", JAN_5.plusDays(2), "Daily Times", null,
        List.of(), Set.of(), "Balochistan: police post attacked.", "dawn");
    List<IncidentClusterer.ReportGroup> result = cluster(dawn(), stub);
    assertThat(groups(result)).containsExactly(List.of("dawn", "stub"));
    assertThat(result.get(0).links()).singleElement().satisfies(l -> {
      assertThat(l.reason()).isEqualTo("reprint");
      assertThat(Set.of(l.a(), l.b())).containsExactlyInAnyOrder("dawn", "stub");
      assertThat(l.evidence()).isNull();
    });
  }

  @Test
  void an_analyst_keeps_apart_what_would_join() {
    Corrections apart = new Corrections(List.of(), List.of(new Corrections.Pair("wire", "dawn")));
    assertThat(groups(CLUSTERER.cluster(List.of(dawn(), wire()), apart)))
        .containsExactly(List.of("dawn"), List.of("wire"));
  }

  @Test
  void an_analyst_joins_what_would_stay_apart() {
    ReportProfile konduga = report("konduga", "Premium Times", JAN_5, KONDUGA, KONDUGA_PT);
    Corrections together =
        new Corrections(List.of(new Corrections.Pair("dawn", "konduga")), List.of());
    assertThat(groups(CLUSTERER.cluster(List.of(dawn(), konduga), Corrections.none())))
        .hasSize(2);
    List<IncidentClusterer.ReportGroup> result =
        CLUSTERER.cluster(List.of(dawn(), konduga), together);
    assertThat(groups(result)).containsExactly(List.of("dawn", "konduga"));
    assertThat(result.get(0).links()).extracting(IncidentClusterer.Link::reason)
        .containsExactly("merged by an analyst");
  }

  @Test
  void the_groups_do_not_depend_on_the_order_of_the_reports_and_hold_each_report_once() {
    List<ReportProfile> reports = new ArrayList<>(List.of(dawn(), wire(),
        report("pt", "Premium Times", JAN_5, KONDUGA, KONDUGA_PT),
        report("dt", "Daily Trust", JAN_5, KONDUGA, KONDUGA_DT),
        report("et", "Express Tribune", JAN_5, BANNU, BANNU_ET)));
    List<IncidentClusterer.ReportGroup> first = CLUSTERER.cluster(reports, Corrections.none());
    assertThat(groups(first)).containsExactlyInAnyOrder(List.of("dawn", "wire"),
        List.of("dt", "pt"), List.of("et"));
    assertThat(groups(first).stream().flatMap(List::stream).toList())
        .containsExactlyInAnyOrder("dawn", "wire", "pt", "dt", "et");
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(reports, random);
      assertThat(CLUSTERER.cluster(reports, Corrections.none())).isEqualTo(first);
    }
  }
}
