package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.counterclaim.core.eval.CsvTable;
import org.counterclaim.server.export.IncidentExport;
import org.counterclaim.server.testkit.GeneratedLedger;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * No invented numbers: over generated ledgers stored through the real store, every number of the
 * incidents CSV and GeoJSON downloads equals the figure the API gives for it — the incident's
 * JSON ({@code /api/incidents/{id}}) and its summary ({@code /api/incidents}) — and a figure the
 * API does not have is empty (CSV) or null (GeoJSON), never 0.
 */
class ExportFiguresTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void every_exported_number_is_the_apis_figure(long seed) throws Exception {
    LedgerConfig config = LedgerConfig.of(dir.resolve("ledger-" + seed + ".db").toString());
    try (Ledger ledger = Ledger.open(config)) {
      GeneratedLedger.fill(ledger, seed, 12, 50);
    }
    try (CounterclaimServer server = CounterclaimServer.start(
        ServerConfig.of(config).at("localhost", 0), () -> {
          throw new IllegalStateException("a read-only server extracts nothing");
        })) {
      CsvTable csv = CsvTable.parse(get(server, "/api/incidents.csv"));
      JsonNode features = JSON.readTree(get(server, "/api/incidents.geojson")).path("features");
      Map<String, JsonNode> summaries = new HashMap<>();
      JSON.readTree(get(server, "/api/incidents?limit=200")).path("items")
          .forEach(s -> summaries.put(s.path("id").asText(), s));
      assertThat(csv.size()).isEqualTo(features.size()).isEqualTo(summaries.size())
          .isGreaterThan(3);
      for (String column : IncidentExport.header()) {
        assertThat(csv.hasColumn(column)).as(column).isTrue();
      }
      int open = 0;
      int missing = 0;
      for (int k = 0; k < csv.size(); k++) {
        int at = k;
        Function<String, String> row = column -> csv.get(at, column);
        JsonNode props = features.get(k).path("properties");
        String id = row.apply("event_id");
        JsonNode detail = JSON.readTree(get(server, "/api/incidents/" + id));
        Map<String, String> expected = expected(detail);
        for (Map.Entry<String, String> e : expected.entrySet()) {
          assertThat(row.apply(e.getKey())).as(id + " " + e.getKey()).isEqualTo(e.getValue());
          assertThat(props.path(e.getKey()).isNull() ? "" : props.path(e.getKey()).asText())
              .as(id + " " + e.getKey() + " (GeoJSON)").isEqualTo(e.getValue());
        }
        JsonNode summary = summaries.get(id);
        assertThat(Figure.of(summary.path("deaths"))).isEqualTo(Figure.of(detail.path("deaths")));
        assertThat(row.apply("source_count")).isEqualTo(summary.path("sources").asText());
        assertThat(row.apply("report_count")).isEqualTo(summary.path("reports").asText());
        assertThat(row.apply("claims")).isEqualTo(detail.path("claims").asText());
        assertThat(row.apply("contested")).isEqualTo(detail.path("contested").asText());
        assertThat(row.apply("latitude")).isEqualTo(detail.path("place").path("lat").asText());
        assertThat(row.apply("longitude")).isEqualTo(detail.path("place").path("lon").asText());
        open += "true".equals(row.apply("deaths_high_open")) ? 1 : 0;
        missing += row.apply("deaths_best").isEmpty() ? 1 : 0;
      }
      // the timeline's deaths per day are the export's best tolls summed, null when none has one
      Map<String, Integer> perDay = new HashMap<>();
      for (int k = 0; k < csv.size(); k++) {
        String best = csv.get(k, "deaths_best");
        Integer before = perDay.get(csv.get(k, "event_date"));
        Integer toll = best.isEmpty() ? null : Integer.valueOf(best);
        Integer sum = toll;
        if (before != null) {
          sum = toll == null ? before : Integer.valueOf(before + toll);
        }
        perDay.put(csv.get(k, "event_date"), sum);
      }
      JsonNode days = JSON.readTree(get(server, "/api/timeline")).path("items");
      assertThat(days).hasSize(perDay.size());
      for (JsonNode day : days) {
        Integer sum = perDay.get(day.path("date").asText());
        assertThat(day.path("deaths").isNull() ? null : day.path("deaths").asInt())
            .as(day.toString()).isEqualTo(sum);
      }
      // each generated ledger holds both kinds the export must not turn into numbers
      assertThat(open).as("open tolls").isPositive();
      assertThat(missing).as("incidents without a toll").isPositive();
    }
  }

  /** Every numeric column and its flag, from the incident's JSON by the rules of docs/fields.md. */
  private static Map<String, String> expected(JsonNode incident) {
    Map<String, String> out = new HashMap<>();
    Figure deaths = Figure.of(incident.path("deaths"));
    out.put("deaths_low", deaths.low());
    out.put("deaths_best", deaths.best());
    out.put("deaths_high", deaths.high());
    out.put("deaths_high_open", deaths.open());
    out.put("deaths_a", Figure.max(group(incident, "killed", "security_forces"),
        group(incident, "killed", "police")).best());
    out.put("deaths_b", group(incident, "killed", "militants").best());
    out.put("deaths_civilians", group(incident, "killed", "civilians").best());
    out.put("deaths_unknown", group(incident, "killed", "people").best());
    for (String outcome : List.of("injured", "abducted")) {
      Figure total = total(incident, outcome);
      out.put(outcome + "_low", total.low());
      out.put(outcome + "_best", total.best());
      out.put(outcome + "_high", total.high());
      out.put(outcome + "_high_open", total.open());
    }
    return out;
  }

  /**
   * The documented total of an outcome: state forces (security forces and police overlapping,
   * the larger), militants and civilians added, and people (whose side is unknown) the larger of
   * their own figure and that sum.
   */
  private static Figure total(JsonNode incident, String outcome) {
    Figure forces = Figure.max(group(incident, outcome, "security_forces"),
        group(incident, outcome, "police"));
    Figure specific = Figure.plus(Figure.plus(forces, group(incident, outcome, "militants")),
        group(incident, outcome, "civilians"));
    return Figure.max(group(incident, outcome, "people"), specific);
  }

  private static Figure group(JsonNode incident, String outcome, String victims) {
    for (JsonNode f : incident.path("figures")) {
      if (f.path("outcome").asText().equals(outcome) && f.path("victims").asText().equals(victims)) {
        return Figure.of(f);
      }
    }
    return Figure.NONE;
  }

  /** A figure as the JSON gives it; {@link #NONE} when there is none. */
  private record Figure(Integer lo, Integer be, Integer hi, boolean exists) {
    static final Figure NONE = new Figure(null, null, null, false);

    static Figure of(JsonNode n) {
      return n == null || n.isMissingNode() || n.isNull() ? NONE : new Figure(
          n.path("low").asInt(), n.path("best").asInt(),
          n.path("high").isNull() ? null : n.path("high").asInt(), true);
    }

    static Figure max(Figure a, Figure b) {
      return !a.exists ? b : !b.exists ? a : new Figure(Math.max(a.lo, b.lo),
          Math.max(a.be, b.be), a.hi == null || b.hi == null ? null : Math.max(a.hi, b.hi), true);
    }

    static Figure plus(Figure a, Figure b) {
      return !a.exists ? b : !b.exists ? a : new Figure(a.lo + b.lo, a.be + b.be,
          a.hi == null || b.hi == null ? null : a.hi + b.hi, true);
    }

    /** The cells of the figure: its value, or empty when there is none. */
    String low() {
      return exists ? String.valueOf(lo) : "";
    }

    String best() {
      return exists ? String.valueOf(be) : "";
    }

    String high() {
      return exists && hi != null ? String.valueOf(hi) : "";
    }

    String open() {
      return exists ? String.valueOf(hi == null) : "";
    }
  }

  private static String get(CounterclaimServer server, String path)
      throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
