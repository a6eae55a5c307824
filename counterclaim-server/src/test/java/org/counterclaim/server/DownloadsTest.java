package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.store.testkit.AttackReports.KALAT;
import static org.counterclaim.store.testkit.AttackReports.MAIDUGURI;
import static org.counterclaim.store.testkit.AttackReports.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.server.export.ClaimExport;
import org.counterclaim.server.export.IncidentExport;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.QueryFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloads {@code /api/incidents.csv}, {@code /api/incidents.geojson} and {@code
 * /api/claims.csv}: the command line's columns, the JSON endpoints' filters, unpaged.
 */
class DownloadsTest {

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static LedgerConfig config;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    config = LedgerConfig.of(dir.resolve("ledger.db").toString());
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store("a", attack("a", "Dawn", "2026-01-05", "Gunmen stormed a police station in"
          + " Kalat and killed seven policemen, police said.", 7, KALAT));
      ledger.store("b", attack("b", "Geo", "2026-01-05", "Nine policemen died when gunmen"
          + " stormed the Kalat police station, officials said.", 9, KALAT));
      ledger.store("c", attack("c", "Daily Trust", "2026-01-20", "Nine policemen were killed"
          + " when insurgents attacked a checkpoint in Maiduguri, police said.", 9, MAIDUGURI));
      ledger.incidents().rebuild(IncidentGrouping.defaults());
    }
    server = CounterclaimServer.start(ServerConfig.of(config).at("localhost", 0), () -> {
      throw new IllegalStateException("a read-only server extracts nothing");
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private record Answer(int status, String body, String type, String disposition) {}

  private static Answer get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + server.port() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), r.body(),
        r.headers().firstValue("Content-Type").orElse(""),
        r.headers().firstValue("Content-Disposition").orElse(""));
  }

  @Test
  void incidents_download_as_the_command_lines_csv() throws Exception {
    Answer a = get("/api/incidents.csv");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.type()).startsWith("text/csv");
    assertThat(a.disposition()).isEqualTo("attachment; filename=\"incidents.csv\"");
    StringBuilder cli = new StringBuilder();
    try (Ledger ledger = Ledger.open(config)) {
      IncidentExport.create().csv(cli, ledger.incidents().list(QueryFilter.all(), 0, 1000));
    }
    assertThat(a.body()).isEqualTo(cli.toString());
    assertThat(a.body().split("\r\n")).hasSize(3);
    assertThat(a.body()).contains(",Kalat,29.02,66.59,1,town,")
        .contains(",Police Forces of Pakistan,").contains(",police,");
  }

  @Test
  void the_downloads_take_the_json_endpoints_filters() throws Exception {
    for (String filter : List.of("country=NG", "place=Kalat", "since=2026-01-10",
        "until=2026-01-06", "actor=police", "bbox=60,25,70,35")) {
      List<String> listed = new ArrayList<>();
      JSON.readTree(get("/api/incidents?" + filter).body()).path("items")
          .forEach(i -> listed.add(i.path("id").asText()));
      List<String> csv = get("/api/incidents.csv?" + filter).body().lines().skip(1)
          .map(l -> l.substring(0, l.indexOf(','))).toList();
      List<String> geo = new ArrayList<>();
      JSON.readTree(get("/api/incidents.geojson?" + filter).body()).path("features")
          .forEach(f -> geo.add(f.path("id").asText()));
      assertThat(csv).as(filter).isNotEmpty().containsExactlyInAnyOrderElementsOf(listed);
      assertThat(geo).as(filter).containsExactlyElementsOf(csv);
    }
    assertThat(get("/api/claims.csv?country=NG").body().lines().skip(1))
        .singleElement().asString().contains(",c,");
  }

  @Test
  void incidents_download_as_geojson_with_the_csv_columns_as_properties() throws Exception {
    Answer a = get("/api/incidents.geojson?country=PK");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.type()).startsWith("application/geo+json");
    JsonNode f = JSON.readTree(a.body()).path("features").get(0);
    assertThat(f.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(66.59);
    List<String> names = new ArrayList<>();
    f.path("properties").fieldNames().forEachRemaining(names::add);
    assertThat(names).isEqualTo(IncidentExport.header());
    JsonNode p = f.path("properties");
    JsonNode deaths = JSON.readTree(get("/api/incidents?country=PK").body()).path("items").get(0)
        .path("deaths");
    // police said 7, then 9: the claimant's later figure counts
    assertThat(deaths.path("best").asInt()).isEqualTo(9);
    assertThat(p.path("deaths_low").asInt()).isEqualTo(deaths.path("low").asInt());
    assertThat(p.path("deaths_best").asInt()).isEqualTo(9);
    assertThat(p.path("deaths_high").asInt()).isEqualTo(deaths.path("high").asInt());
    assertThat(p.path("deaths_high_open").isBoolean()).isTrue();
    assertThat(p.path("deaths_high_open").asBoolean()).isFalse();
    assertThat(p.path("injured_low").isNull()).isTrue();
    assertThat(p.path("abducted_best").isNull()).isTrue();
    assertThat(p.path("geo_precision").asInt()).isEqualTo(1);
  }

  @Test
  void claims_download_with_the_incident_each_belongs_to() throws Exception {
    Answer a = get("/api/claims.csv");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.type()).startsWith("text/csv");
    assertThat(a.disposition()).isEqualTo("attachment; filename=\"claims.csv\"");
    List<String> lines = a.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo(String.join(",", ClaimExport.header()));
    JsonNode page = JSON.readTree(get("/api/claims").body()).path("items");
    assertThat(lines).hasSize(page.size() + 1);
    for (int k = 0; k < page.size(); k++) {
      JsonNode c = page.get(k);
      assertThat(c.path("incidentId").asText()).isNotEmpty();
      assertThat(lines.get(k + 1)).startsWith(c.path("incidentId").asText() + ","
          + c.path("report").asText() + ",");
    }
    Map<String, String> kalat = Map.of("a", "7", "b", "9");
    kalat.forEach((report, low) -> assertThat(lines).anySatisfy(l -> assertThat(l)
        .contains("," + report + ",").contains(",killed,police," + low + "," + low + ",false,")));
  }

  @Test
  void the_openapi_document_describes_the_downloads() throws Exception {
    JsonNode paths = JSON.readTree(get("/openapi.json").body()).path("paths");
    Map<String, String> types = Map.of("/api/incidents.csv", "text/csv",
        "/api/incidents.geojson", "application/geo+json", "/api/claims.csv", "text/csv");
    types.forEach((path, type) -> {
      JsonNode op = paths.path(path).path("get");
      assertThat(op.path("operationId").asText()).as(path).isNotEmpty();
      assertThat(op.path("responses").path("200").path("content").has(type)).as(path).isTrue();
      List<String> params = new ArrayList<>();
      op.path("parameters").forEach(p -> params.add(p.has("$ref")
          ? p.path("$ref").asText().replaceAll(".*/", "") : p.path("name").asText()));
      assertThat(params).as(path).contains("since", "until", "country", "place", "actor")
          .doesNotContain("limit", "cursor");
    });
  }

  @Test
  void a_bad_filter_is_a_json_400_for_downloads_too() throws Exception {
    for (String path : List.of("/api/incidents.csv?since=yesterday",
        "/api/incidents.geojson?bbox=1,2", "/api/claims.csv?until=soon")) {
      Answer a = get(path);
      assertThat(a.status()).as(path).isEqualTo(400);
      assertThat(a.type()).startsWith("application/json");
      assertThat(JSON.readTree(a.body()).path("message").asText()).isNotEmpty();
    }
  }
}
