package org.counterclaim.store;

import org.counterclaim.core.ingest.Stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.counterclaim.store.testkit.AttackReports.KALAT;
import static org.counterclaim.store.testkit.AttackReports.MAIDUGURI;
import static org.counterclaim.store.testkit.AttackReports.attack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.extract.EventDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What storing reports does and what the ledger keeps, the same on every database: subclasses
 * give the ledger (a SQLite file, the test PostgreSQL server).
 */
abstract class LedgerTest {

  @TempDir Path dir;

  /** A ledger with nothing in it yet. */
  abstract LedgerConfig emptyLedger();

  private static final String TEXT = "Seven policemen were killed in Kalat on Monday, police said.";

  private static ReportExtraction report(String id, String text, int killed) {
    CasualtyClaim claim = new CasualtyClaim(Outcome.KILLED, VictimCategory.POLICE, "policemen",
        new CountRange(killed, killed, Qualifier.EXACT, String.valueOf(killed)),
        new Claimant("police", ClaimantType.POLICE), null, false, Span.of(text, 0, text.length()),
        List.of(0));
    Place kalat = new Place("Kalat", 31, 36, "Kalat", 1175296, 29.02, 66.59, "PK",
        "Balochistān", null, "P", Precision.TOWN, true);
    return new ReportExtraction(id, LocalDate.of(2026, 1, 5), "Dawn",
        new EventDate(java.time.LocalDate.parse("2026-01-05"), Span.of(text, 0, 5)), List.of(claim), Map.of(),
        List.of(), List.of(kalat), List.of(), List.of(), List.of(), text);
  }


  @Test
  void stores_a_report_with_its_claims_and_places_once() throws SQLException {
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      assertThat(ledger.store("a.txt", report("a", TEXT, 7))).isEqualTo(Stored.NEW);
      assertThat(ledger.store("a.txt", report("a", TEXT, 7))).isEqualTo(Stored.UNCHANGED);
      assertThat(ledger.count("reports")).isEqualTo(1);
      assertThat(ledger.count("claims")).isEqualTo(1);
      assertThat(ledger.count("places")).isEqualTo(1);
      try (ResultSet rs = ledger.connection().createStatement().executeQuery(
          "SELECT event_date FROM reports")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("2026-01-05");
      }
      try (ResultSet rs = ledger.connection().createStatement().executeQuery(
          "SELECT low, high, claimant_type, evidence_end FROM claims")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(7);
        assertThat(rs.getInt(2)).isEqualTo(7);
        assertThat(rs.getString(3)).isEqualTo("police");
        assertThat(rs.getInt(4)).isEqualTo(TEXT.length());
      }
    }
  }

  @Test
  void the_same_text_under_another_key_is_a_duplicate_that_counts_once() {
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a.txt", report("a", TEXT, 7));
      assertThat(ledger.store("b.txt", report("b", TEXT, 7))).isEqualTo(Stored.DUPLICATE);
      assertThat(ledger.count("reports")).isEqualTo(2);
      assertThat(ledger.count("claims")).isEqualTo(1);
    }
  }

  @Test
  void a_reprint_with_a_new_first_line_is_a_near_copy_with_its_own_claims() {
    String story = TEXT + " The attack on the post, on the road to Surab, was the second this"
        + " month. Officials said the attackers fled towards the mountains and a search operation"
        + " was under way in the area, with roads into the town closed until further notice.";
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      assertThat(ledger.store("a.txt", report("a", story, 7))).isEqualTo(Stored.NEW);
      assertThat(ledger.store("b.txt", report("b", "KALAT (Staff Reporter): " + story, 7)))
          .isEqualTo(Stored.NEAR_COPY);
      assertThat(ledger.store("c.txt", report("c", "Nine soldiers died in a flood in Kech.", 9)))
          .isEqualTo(Stored.NEW);
      assertThat(ledger.count("claims")).isEqualTo(3);
    }
  }

  @Test
  void a_report_not_in_english_is_kept_without_claims_once() {
    LedgerConfig config = emptyLedger();
    org.counterclaim.core.report.Report fr = new org.counterclaim.core.report.Report("fr",
        "Des hommes armés ont tué sept gendarmes à Djibo dimanche.", null, null);
    try (Ledger ledger = Ledger.open(config)) {
      assertThat(ledger.storeNotEnglish("fr.txt", fr, "fr")).isEqualTo(Stored.NOT_ENGLISH);
      assertThat(ledger.storeNotEnglish("fr.txt", fr, "fr")).isEqualTo(Stored.UNCHANGED);
      assertThat(ledger.count("reports")).isEqualTo(1);
      assertThat(ledger.count("claims")).isZero();
      assertThat(ledger.report("fr")).get().extracting(StoredReport::language).isEqualTo("fr");
      assertThat(ledger.search("gendarmes", 5)).singleElement()
          .extracting(Ledger.Hit::language).isEqualTo("fr");
    }
  }

  @Test
  void reports_are_found_by_their_words_and_a_replaced_text_by_its_new_words() {
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a.txt", report("a", TEXT, 7));
      ledger.store("c.txt", report("c", "Nine soldiers died in a flood in Kech district.", 9));
      assertThat(ledger.search("policemen Kalat", 10)).singleElement().satisfies(h -> {
        assertThat(h.reportKey()).isEqualTo("a");
        assertThat(h.excerpt()).contains("[");
      });
      assertThat(ledger.search("soldiers", 10)).extracting(Ledger.Hit::reportKey)
          .containsExactly("c");
      assertThat(ledger.search("\"unbalanced (quote", 10)).isEmpty();
      ledger.store("a.txt", report("a", TEXT.replace("Kalat", "Surab"), 7));
      assertThat(ledger.search("Kalat", 10)).isEmpty();
      assertThat(ledger.search("Surab", 10)).extracting(Ledger.Hit::reportKey)
          .containsExactly("a");
    }
  }

  @Test
  void claims_are_listed_with_their_event_places_and_filtered() {
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a.txt", report("a", TEXT, 7));
      ledger.store("b.txt", report("b", TEXT, 7));
      List<StoredClaim> all = ledger.claims(QueryFilter.all());
      assertThat(all).singleElement().satisfies(c -> {
        assertThat(c.report()).isEqualTo("a");
        assertThat(c.low()).isEqualTo(7);
        assertThat(c.high()).isEqualTo(7L);
        assertThat(c.eventPlaces()).containsExactly("Kalat");
        assertThat(c.evidence()).isEqualTo(TEXT);
        assertThat(c.published()).isEqualTo(java.time.LocalDate.parse("2026-01-05"));
      });
      assertThat(ledger.claims(new QueryFilter(null, null, "pk", null, null))).hasSize(1);
      assertThat(ledger.claims(new QueryFilter(null, null, null, "Balochistān", null)))
          .hasSize(1);
      assertThat(ledger.claims(new QueryFilter(LocalDate.of(2026, 2, 1), null, null, null,
          null))).isEmpty();
      assertThat(ledger.claims(new QueryFilter(null, null, null, null, "POL"))).hasSize(1);
      assertThat(ledger.claims(new QueryFilter(null, null, null, null, "army"))).isEmpty();
    }
  }

  @Test
  void a_new_text_under_the_same_key_replaces_the_report() {
    String revised = TEXT.replace("Seven", "Nine");
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a.txt", report("a", TEXT, 7));
      assertThat(ledger.store("a.txt", report("a", revised, 9))).isEqualTo(Stored.REVISED);
      assertThat(ledger.count("reports")).isEqualTo(1);
      assertThat(ledger.count("claims")).isEqualTo(1);
    }
  }

  @Test
  void what_was_stored_survives_reopening_and_problems_are_kept_once() {
    LedgerConfig config = emptyLedger();
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a.txt", report("a", TEXT, 7));
      ledger.problem("bad.txt", "not text (binary content)");
    }
    try (Ledger ledger = Ledger.open(config)) {
      ledger.problem("bad.txt", "not text (binary content)");
      assertThat(ledger.count("reports")).isEqualTo(1);
      assertThat(ledger.count("problems")).isEqualTo(1);
    }
  }

  private static void storeThreeAttacks(Ledger ledger) {
    ledger.store("a", attack("a", "Dawn", "2026-01-05", "Gunmen stormed a police station in"
        + " Kalat on Monday night and killed seven policemen, police said.", 7, KALAT));
    ledger.store("b", attack("b", "Geo", "2026-01-05", "Seven policemen died when gunmen stormed"
        + " the Kalat police station on Monday night, police officials said.", 7, KALAT));
    ledger.store("c", attack("c", "Daily Trust", "2026-01-20", "Nine policemen were killed when"
        + " insurgents attacked a checkpoint in Maiduguri, police said.", 9, MAIDUGURI));
  }

  @Test
  void reports_of_one_attack_make_one_incident_whose_id_outlives_a_rebuild() {
    try (Ledger ledger = Ledger.open(emptyLedger())) {
      storeThreeAttacks(ledger);
      assertThat(ledger.incidents().stale()).isTrue();
      org.counterclaim.core.ingest.IncidentGrouping.Result r = ledger.incidents().rebuild(
          org.counterclaim.core.ingest.IncidentGrouping.defaults());
      assertThat(r.reports()).isEqualTo(3);
      assertThat(r.incidents()).isEqualTo(2);
      assertThat(ledger.incidents().stale()).isFalse();
      var kalat = ledger.incidents().list(QueryFilter.all(), 0, 10).stream()
          .filter(i -> i.reports().size() == 2).findFirst().orElseThrow();
      assertThat(kalat.place().name()).isEqualTo("Kalat");
      assertThat(kalat.eventDate()).isEqualTo("2026-01-05");
      assertThat(kalat.deaths().best()).isEqualTo(7);
      assertThat(kalat.sources()).isEqualTo(2);
      assertThat(kalat.links()).hasSize(1);

      ledger.store("d", attack("d", "Express", "2026-01-05", "Police said seven policemen were"
          + " killed in the Kalat police station attack on Monday night.", 8, KALAT));
      ledger.incidents().rebuild(org.counterclaim.core.ingest.IncidentGrouping.defaults());
      assertThat(ledger.incidents().reportsOf(kalat.id())).containsExactly("a", "b", "d");
      assertThat(ledger.incidents().count()).isEqualTo(2);
      assertThat(ledger.incidents().list(new QueryFilter(null, null, "NG", null, null), 0, 10))
          .singleElement().satisfies(i -> assertThat(i.place().name()).isEqualTo("Maiduguri"));
      assertThat(ledger.incidents().list(new QueryFilter(LocalDate.of(2026, 1, 10), null, null,
          null, null), 0, 10)).hasSize(1);
      assertThat(ledger.incidents().list(new QueryFilter(null, null, null, "Balochistān", null),
          0, 10)).hasSize(1);
      assertThat(ledger.incidents().list(new QueryFilter(null, null, null, null, "police"), 0,
          10)).hasSize(2);
      assertThat(ledger.incidents().find(kalat.id())).get()
          .satisfies(i -> assertThat(i.reports()).hasSize(3));
      assertThat(ledger.incidents().find("I99")).isEmpty();
    }
  }

  @Test
  void incidents_are_chosen_by_claims_contest_deaths_and_change_counted_and_sorted() {
    var rules = org.counterclaim.core.ingest.IncidentGrouping.defaults();
    try (Ledger ledger = Ledger.open(emptyLedger())) {
      storeThreeAttacks(ledger);
      ledger.incidents().rebuild(rules);
      Incidents incidents = ledger.incidents();
      QueryFilter all = QueryFilter.all();
      IncidentSummary.Page page = incidents.summaries(all, null, IncidentOrder.DATE, null, 1);
      assertThat(page.total()).isEqualTo(2);
      assertThat(page.items()).extracting(IncidentSummary::eventDate)
          .containsExactly(LocalDate.of(2026, 1, 20));
      // most deaths first: Maiduguri's 9, then Kalat's 7, a page at a time by offset
      IncidentSummary.Page byDeaths =
          incidents.summaries(all, null, IncidentOrder.DEATHS, null, 1);
      assertThat(byDeaths.items().get(0).deaths().best()).isEqualTo(9);
      IncidentSummary.Page rest =
          incidents.summaries(all, null, IncidentOrder.DEATHS, byDeaths.next(), 1);
      assertThat(rest.items().get(0).deaths().best()).isEqualTo(7);
      assertThat(rest.next()).isNull();
      assertThatThrownBy(() -> incidents.summaries(all, null, IncidentOrder.DEATHS, "x", 1))
          .isInstanceOf(IllegalArgumentException.class);

      assertThat(total(incidents, all.withClaims(Outcome.KILLED, VictimCategory.POLICE,
          "POLICE"))).isEqualTo(2);
      assertThat(total(incidents, all.withClaims(Outcome.INJURED, null, null))).isZero();
      assertThat(total(incidents, all.withClaims(null, VictimCategory.CIVILIANS, null))).isZero();
      assertThat(total(incidents, all.withClaims(null, null, "army"))).isZero();
      assertThat(total(incidents, all.withIncidents(false, null, null))).isEqualTo(2);
      assertThat(total(incidents, all.withIncidents(true, null, null))).isZero();
      assertThat(total(incidents, all.withIncidents(null, 8, null))).isEqualTo(1);
      java.time.Instant built = java.time.Instant.now().minusSeconds(60);
      assertThat(total(incidents, all.withIncidents(null, null, built))).isEqualTo(2);

      // a rebuild that changes nothing leaves every incident's time; a new report changes one
      java.time.Instant later = java.time.Instant.now().plusMillis(5);
      while (!java.time.Instant.now().isAfter(later)) {
        Thread.onSpinWait();
      }
      incidents.rebuild(rules);
      assertThat(total(incidents, all.withIncidents(null, null, later))).isZero();
      ledger.store("d", attack("d", "Express", "2026-01-05", "Police said eight policemen were"
          + " killed in the Kalat police station attack on Monday night.", 8, KALAT));
      incidents.rebuild(rules);
      assertThat(incidents.summaries(all.withIncidents(null, null, later), null,
          IncidentOrder.UPDATED, null, 10).items()).extracting(IncidentSummary::id)
          .containsExactly(incidents.incidentOf("d"));
      assertThat(ledger.claims(all.withClaims(null, null, "Police"))).hasSize(4);
      assertThat(ledger.claims(all.withClaims(Outcome.KILLED, VictimCategory.MILITANTS, null)))
          .isEmpty();
    }
  }

  private static long total(Incidents incidents, QueryFilter filter) {
    return incidents.summaries(filter, null, IncidentOrder.DATE, null, 10).total();
  }

  @Test
  void an_analysts_split_and_merge_outlive_a_rebuild() {
    var rules = org.counterclaim.core.ingest.IncidentGrouping.defaults();
    LedgerConfig config = emptyLedger();
    String joined;
    try (Ledger ledger = Ledger.open(config)) {
      storeThreeAttacks(ledger);
      ledger.incidents().rebuild(rules);
      String kalat = ledger.incidents().list(QueryFilter.all(), 0, 10).stream()
          .filter(i -> i.reports().size() == 2).findFirst().orElseThrow().id();
      String moved = ledger.incidents().split(kalat, List.of("b"), rules);
      assertThat(moved).isNotEqualTo(kalat);
      assertThat(ledger.incidents().reportsOf(kalat)).containsExactly("a");
      assertThat(ledger.incidents().reportsOf(moved)).containsExactly("b");
      assertThatThrownBy(() -> ledger.incidents().split(kalat, List.of("c"), rules))
          .isInstanceOf(LedgerException.class).hasMessage("report c is not in incident " + kalat);
      assertThatThrownBy(() -> ledger.incidents().merge(kalat, "I99", rules))
          .isInstanceOf(LedgerException.class).hasMessage("no incident I99 in the ledger");
      ledger.incidents().rebuild(rules);
      assertThat(ledger.incidents().count()).isEqualTo(3);
      String nigeria = ledger.incidents().list(new QueryFilter(null, null, "NG", null, null), 0,
          10).get(0).id();
      joined = ledger.incidents().merge(kalat, nigeria, rules);
      assertThat(ledger.incidents().reportsOf(joined)).containsExactly("a", "c");
    }
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("e", attack("e", "Tribune", "2026-01-05", "A police station in Kalat was"
          + " attacked on Monday night and seven policemen were killed.", 7, KALAT));
      ledger.incidents().rebuild(rules);
      assertThat(ledger.incidents().reportsOf(joined)).contains("a", "c").doesNotContain("b");
    }
  }

  @Test
  void a_read_holds_no_snapshot_so_two_ledgers_on_one_database_take_turns_writing() {
    LedgerConfig config = emptyLedger();
    try (Ledger a = Ledger.open(config); Ledger b = Ledger.open(config)) {
      storeThreeAttacks(a);
      a.incidents().rebuild(org.counterclaim.core.ingest.IncidentGrouping.defaults());
      // every kind of read, each of which once left its transaction open
      String id = a.incidents().incidentOf("a");
      assertThat(a.incidents().find(id)).isPresent();
      assertThat(a.incidents().stale()).isFalse();
      assertThat(a.incidents().count()).isEqualTo(2);
      assertThat(a.count("reports")).isEqualTo(3);
      assertThat(b.store("d", attack("d", "Dawn", "2026-02-01", "Four policemen were killed"
          + " in Kalat on Sunday, police said.", 4, KALAT))).isEqualTo(Stored.NEW);
      // a read after another ledger's write sees it: no snapshot was kept from before
      assertThat(a.count("reports")).isEqualTo(4);
      assertThat(a.incidents().stale()).isTrue();
      assertThat(a.store("e", attack("e", "Dawn", "2026-02-02", "Two policemen were killed"
          + " in Kalat on Monday, police said.", 2, KALAT))).isEqualTo(Stored.NEW);
      a.incidents().rebuild(org.counterclaim.core.ingest.IncidentGrouping.defaults());
      assertThat(b.incidents().incidentOf("e")).isNotNull();
    }
  }

  @Test
  void writers_on_their_own_ledgers_at_once_lose_no_report() throws Exception {
    LedgerConfig config = emptyLedger();
    int writers = 6;
    int each = 15;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(writers + 1);
    java.util.concurrent.atomic.AtomicBoolean writing =
        new java.util.concurrent.atomic.AtomicBoolean(true);
    try (Ledger setup = Ledger.open(config)) {
      assertThat(setup.count("reports")).isZero();
    }
    try {
      java.util.concurrent.Future<Integer> reader = pool.submit(() -> {
        int reads = 0;
        try (Ledger l = Ledger.open(config)) {
          while (writing.get()) {
            l.incidents().summaries(QueryFilter.all(), null, null, 50);
            l.count("reports");
            reads++;
          }
        }
        return reads;
      });
      List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          try (Ledger l = Ledger.open(config)) {
            for (int k = 0; k < each; k++) {
              String id = "w" + writer + "-" + k;
              int killed = 1 + (writer * each + k) % 40;
              l.store(id, attack(id, "Dawn", "2026-03-0" + (1 + k % 9), "Gunmen killed "
                  + killed + " policemen in Kalat, report " + id + ", police said.", killed,
                  KALAT));
              l.problem(id, "a problem of writer " + writer);
              if (k % 5 == 4) {
                l.incidents().rebuild(org.counterclaim.core.ingest.IncidentGrouping.defaults());
              }
            }
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
      writing.set(false);
      assertThat(reader.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    try (Ledger l = Ledger.open(config)) {
      assertThat(l.count("reports")).isEqualTo(writers * each);
      assertThat(l.count("problems")).isEqualTo(writers * each);
      l.incidents().rebuild(org.counterclaim.core.ingest.IncidentGrouping.defaults());
      for (int w = 0; w < writers; w++) {
        assertThat(l.incidents().incidentOf("w" + w + "-0")).isNotNull();
      }
    }
  }

  @Test
  void a_long_problem_is_cut_and_recorded_once() throws SQLException {
    LedgerConfig config = emptyLedger();
    String source = "feed.jsonl: " + "x".repeat(5000);
    String reason = "not JSON: " + "é".repeat(5000);
    try (Ledger ledger = Ledger.open(config)) {
      ledger.problem(source, reason);
      ledger.problem(source, reason);
      ledger.problem(source + "y", reason);
      assertThat(ledger.count("problems")).isEqualTo(1);
      try (ResultSet rs = ledger.connection().createStatement().executeQuery(
          "SELECT source, reason FROM problems")) {
        rs.next();
        assertThat(rs.getString(1)).hasSize(Ledger.PROBLEM_TEXT).endsWith("…")
            .startsWith("feed.jsonl: xxx");
        assertThat(rs.getString(2)).hasSize(Ledger.PROBLEM_TEXT).startsWith("not JSON: éé");
      }
      ledger.connection().commit();
    }
  }
}
