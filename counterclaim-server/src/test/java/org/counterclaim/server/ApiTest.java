package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.store.testkit.AttackReports.KALAT;
import static org.counterclaim.store.testkit.AttackReports.MAIDUGURI;
import static org.counterclaim.store.testkit.AttackReports.attack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.report.Report;
import org.counterclaim.server.testkit.ApiContract;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the API on a small ledger, with its errors. */
class ApiTest {

  private static final String TOKEN = "a-long-test-token-0123456789";

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static CounterclaimServer readOnly;
  private static CounterclaimServer writable;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A report file's path beside {@code ledger}, as a source the server must not show. */
  private static String source(Path ledger, String name) {
    return ledger.resolveSibling(name).toString();
  }

  /** A new ledger at {@code file} with two reports of an attack in Kalat and one in Maiduguri. */
  private static LedgerConfig threeAttacks(Path file) {
    LedgerConfig config = LedgerConfig.of(file.toString());
    try (Ledger ledger = Ledger.open(config)) {
      ledger.store(source(file, "dawn.txt"), attack("a", "Dawn", "2026-01-05", "Gunmen stormed"
          + " a police station in Kalat on Monday night and killed seven policemen, police"
          + " said.", 7, KALAT));
      ledger.store(source(file, "geo.txt"), attack("b", "Geo", "2026-01-05", "Seven policemen"
          + " died when gunmen stormed the Kalat police station on Monday night, police"
          + " officials said.", 9, KALAT));
      ledger.store(source(file, "trust.txt"), attack("c", "Daily Trust", "2026-01-20", "Nine"
          + " policemen were killed when insurgents attacked a checkpoint in Maiduguri, police"
          + " said.", 9, MAIDUGURI));
      ledger.storeNotEnglish(source(file, "dw.txt"), new Report("dw", "Bewaffnete haben eine"
          + " Polizeiwache in Kalat angegriffen und sieben Polizisten getötet, wie die Polizei"
          + " mitteilte.", LocalDate.of(2026, 1, 6), "DW"), "de");
      ledger.incidents().rebuild(IncidentGrouping.defaults());
    }
    return config;
  }

  @BeforeAll
  static void start() {
    LedgerConfig config = threeAttacks(dir.resolve("ledger.db"));
    server = CounterclaimServer.start(ServerConfig.of(config).at("localhost", 0)
        .withToken(TOKEN), ApiTest::extractor);
    LedgerConfig other = threeAttacks(dir.resolve("posted.db"));
    writable = CounterclaimServer.start(ServerConfig.of(other).at("localhost", 0)
        .withToken(TOKEN), ApiTest::extractor);
    readOnly = CounterclaimServer.start(ServerConfig.of(other).at("localhost", 0),
        ApiTest::extractor);
  }

  private static Extractor extractor() {
    return org.counterclaim.server.testkit.SharedExtractor.get();
  }

  @AfterAll
  static void stop() {
    server.close();
    writable.close();
    readOnly.close();
  }

  private record Answer(int status, String body, String type) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  private static Answer get(String path) throws IOException, InterruptedException {
    return get(server, path);
  }

  private static Answer get(CounterclaimServer from, String path)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create("http://localhost:" + from.port() + path))
        .GET().build());
  }

  private static Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r =
        ApiContract.check(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
    // the reports were read from files in dir: no answer shows where the server keeps them
    assertThat(r.body()).as(request.uri().toString()).doesNotContain(dir.toString());
    return new Answer(r.statusCode(), r.body(),
        r.headers().firstValue("Content-Type").orElse(""));
  }

  private static Answer post(CounterclaimServer to, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(
        URI.create("http://localhost:" + to.port() + "/api/reports"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return send(b.build());
  }

  private static void assertError(Answer a, int status, String message) throws IOException {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.type()).startsWith("application/json");
    assertThat(a.json().path("status").asInt()).isEqualTo(status);
    assertThat(a.json().path("message").asText()).contains(message);
  }

  @Test
  void incidents_come_newest_first_a_page_at_a_time() throws Exception {
    JsonNode all = get("/api/incidents").json();
    assertThat(all.path("items")).hasSize(2);
    assertThat(all.path("next").isNull()).isTrue();
    JsonNode first = all.path("items").get(0);
    assertThat(first.path("eventDate").asText()).isEqualTo("2026-01-20");
    assertThat(first.path("place").path("name").asText()).isEqualTo("Maiduguri");
    JsonNode kalat = all.path("items").get(1);
    // both Kalat reports quote the police: 7, then 9 (a later report by key) supersedes it
    assertThat(kalat.path("deaths").path("low").asInt()).isEqualTo(9);
    assertThat(kalat.path("deaths").path("best").asInt()).isEqualTo(9);
    assertThat(kalat.path("reports").asInt()).isEqualTo(2);

    JsonNode page = get("/api/incidents?limit=1").json();
    assertThat(page.path("items")).hasSize(1);
    String next = page.path("next").asText();
    JsonNode second = get("/api/incidents?limit=1&cursor=" + next).json();
    assertThat(second.path("items").get(0).path("id").asText()).isEqualTo(kalat.path("id").asText());
    assertThat(second.path("next").isNull()).isTrue();

    assertThat(get("/api/incidents?bbox=60,25,70,35").json().path("items")).hasSize(1);
    assertThat(get("/api/incidents?country=NG").json().path("items")).hasSize(1);
    assertThat(get("/api/incidents?since=2026-01-10").json().path("items")).hasSize(1);
    assertThat(get("/api/incidents?actor=police").json().path("items")).hasSize(2);
  }

  @Test
  void incidents_are_filtered_counted_and_sorted() throws Exception {
    assertThat(get("/api/incidents?limit=1").json().path("total").asInt()).isEqualTo(2);
    assertThat(total("country=pk")).isEqualTo(1);
    assertThat(total("outcome=killed&victims=police&claimant=POLICE")).isEqualTo(2);
    assertThat(total("outcome=injured")).isZero();
    assertThat(total("victims=civilians")).isZero();
    assertThat(total("claimant=army")).isZero();
    assertThat(total("contested=false")).isEqualTo(2);
    assertThat(total("contested=true")).isZero();
    assertThat(total("minDeaths=9")).isEqualTo(2);
    assertThat(total("minDeaths=10")).isZero();
    assertThat(total("updatedSince=2000-01-01")).isEqualTo(2);
    assertThat(total("updatedSince=2999-01-01T00:00:00Z")).isZero();
    assertThat(get("/api/timeline?minDeaths=10").json().path("items")).isEmpty();
    assertThat(get("/api/claims?claimant=police&outcome=killed").json().path("items"))
        .hasSize(3);
    assertThat(get("/api/claims?victims=militants").json().path("items")).isEmpty();
    for (String sort : new String[] {"date", "deaths", "updated"}) {
      JsonNode first = get("/api/incidents?limit=1&sort=" + sort).json();
      JsonNode second = get("/api/incidents?limit=1&sort=" + sort + "&cursor="
          + first.path("next").asText()).json();
      assertThat(second.path("next").isNull()).as(sort).isTrue();
      assertThat(second.path("items").get(0).path("id").asText()).as(sort)
          .isNotEqualTo(first.path("items").get(0).path("id").asText());
    }
  }

  private static int total(String query) throws Exception {
    return get("/api/incidents?" + query).json().path("total").asInt();
  }

  @Test
  void a_report_shows_the_name_of_its_file_not_where_the_server_keeps_it() throws Exception {
    assertThat(get("/api/report?id=a").json().path("source").asText()).isEqualTo("dawn.txt");
    assertThat(Api.shown("/srv/news/2026/dawn.txt")).isEqualTo("dawn.txt");
    assertThat(Api.shown("C:\\news\\dawn.txt")).isEqualTo("dawn.txt");
    assertThat(Api.shown("https://example.org/news/1")).isEqualTo("https://example.org/news/1");
  }

  @Test
  void a_report_not_in_english_shows_its_language() throws Exception {
    assertThat(get("/api/report?id=dw").json().path("language").asText()).isEqualTo("de");
    assertThat(get("/api/report?id=a").json().path("language").asText()).isEqualTo("en");
    JsonNode hit = get("/api/search?q=Polizeiwache").json().path("items").get(0);
    assertThat(hit.path("id").asText()).isEqualTo("dw");
    assertThat(hit.path("language").asText()).isEqualTo("de");
  }

  @Test
  void bad_parameters_are_400_with_a_message() throws Exception {
    assertError(get("/api/incidents?limit=0"), 400, "limit must be a whole number from 1 to 200");
    assertError(get("/api/incidents?limit=201"), 400, "limit must be");
    assertError(get("/api/incidents?since=yesterday"), 400,
        "since must be a date (YYYY-MM-DD), not 'yesterday'");
    assertError(get("/api/incidents?since=2026-02-01&until=2026-01-01"), 400, "is before since");
    assertError(get("/api/incidents?bbox=1,2,3"), 400, "bbox must be");
    assertError(get("/api/incidents?cursor=%25%25"), 400, "cursor is not one this server gave");
    assertError(get("/api/incidents?cursor=garbage"), 400, "cursor is not one this server gave");
    String byDate = get("/api/incidents?limit=1").json().path("next").asText();
    assertError(get("/api/incidents?sort=deaths&cursor=" + byDate), 400, "sort=deaths");
    assertError(get("/api/incidents?country=Pakistan"), 400,
        "country must be an ISO 3166-1 alpha-2 code such as PK or NG, not 'Pakistan'");
    assertError(get("/api/claims?country=ZZ"), 400, "country must be");
    assertError(get("/api/incidents?outcome=died"), 400,
        "outcome must be one of killed, injured, abducted, arrested, missing, not 'died'");
    assertError(get("/api/incidents?victims=soldiers"), 400, "victims must be one of");
    assertError(get("/api/incidents?contested=yes"), 400, "contested must be true or false");
    assertError(get("/api/incidents?minDeaths=-1"), 400, "minDeaths must be a whole number");
    assertError(get("/api/incidents?updatedSince=soon"), 400, "updatedSince must be a date");
    assertError(get("/api/incidents?sort=random"), 400,
        "sort must be one of date, deaths, updated, not 'random'");
    assertError(get("/api/claims?cursor=" + Params.cursorOf("x")), 400, "cursor");
    assertError(get("/api/search"), 400, "q is required");
    assertError(get("/api/gap"), 400, "actor is required");
    assertError(get("/api/report"), 400, "id is required");
  }

  @Test
  void unknown_ids_and_paths_are_404() throws Exception {
    assertError(get("/api/incidents/I999"), 404, "no incident I999");
    assertError(get("/api/report?id=nothing"), 404, "no report nothing");
    assertError(get("/api/nothing"), 404, "no such page");
  }

  @Test
  void an_incident_has_its_claims_and_a_report_its_text() throws Exception {
    String id = get("/api/incidents?country=PK").json().path("items").get(0).path("id").asText();
    JsonNode incident = get("/api/incidents/" + id).json();
    assertThat(incident.path("figures").get(0).path("claims")).hasSize(2);
    assertThat(incident.path("links")).hasSize(1);
    JsonNode claim = incident.path("figures").get(0).path("claims").get(0);
    JsonNode report = get("/api/report?id=" + claim.path("report").asText()).json();
    String text = report.path("text").asText();
    assertThat(text.substring(claim.path("evidence").path("start").asInt(),
        claim.path("evidence").path("end").asInt()))
        .isEqualTo(claim.path("evidence").path("text").asText());
    assertThat(report.path("publisher").asText()).isIn("Dawn", "Geo");
  }

  @Test
  void claims_quotes_actors_search_timeline_and_gap_answer() throws Exception {
    JsonNode claims = get("/api/claims?limit=2").json();
    assertThat(claims.path("items")).hasSize(2);
    JsonNode rest = get("/api/claims?limit=2&cursor=" + claims.path("next").asText()).json();
    assertThat(rest.path("items")).hasSize(1);
    assertThat(rest.path("next").isNull()).isTrue();
    assertThat(get("/api/quotes").json().path("items")).isEmpty();
    assertThat(get("/api/actors").json().path("items").get(0).path("name").asText())
        .isEqualTo("police");
    JsonNode search = get("/api/search?q=" + URLEncoder.encode("Maiduguri checkpoint",
        StandardCharsets.UTF_8)).json();
    assertThat(search.path("items").get(0).path("kind").asText()).isEqualTo("report");
    assertThat(search.path("items").get(0).path("id").asText()).isEqualTo("c");
    JsonNode days = get("/api/timeline").json().path("items");
    assertThat(days).hasSize(2);
    assertThat(days.get(0).path("date").asText()).isEqualTo("2026-01-05");
    assertThat(days.get(0).path("deaths").asInt()).isEqualTo(9);
    JsonNode gap = get("/api/gap?actor=police").json();
    assertThat(gap.path("figures")).hasSize(2);
    assertThat(gap.path("months").get(0).path("month").asText()).isEqualTo("2026-01");
    assertThat(get("/api/config").json().path("readOnly").asBoolean()).isFalse();
  }

  @Test
  void posting_a_report_needs_the_token_and_regroups_incidents() throws Exception {
    String body = "{\"id\": \"d\", \"published\": \"2026-01-06\", \"publisher\": \"Tribune\","
        + " \"text\": \"Police said seven policemen were killed when gunmen stormed a police"
        + " station in Kalat on Monday night.\"}";
    assertError(post(writable, null, body), 401, "bearer token");
    assertError(post(writable, "wrong-token-wrong-token", body), 401, "bearer token");
    assertError(post(readOnly, TOKEN, body), 403, "read-only");
    assertError(post(writable, TOKEN, "{not json"), 400, "not JSON");
    assertError(post(writable, TOKEN, "{\"id\": \"e\"}"), 400, "\"text\" or \"html\"");
    assertError(post(writable, TOKEN, "{\"text\": \"" + "x".repeat(1_100_000) + "\"}"), 413,
        "larger than");
    Answer created = post(writable, TOKEN, body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("stored").asText()).isEqualTo("new");
    String incident = created.json().path("incidents").get(0).asText();
    assertThat(get(writable, "/api/incidents/" + incident).json().path("reports")).hasSize(3);
    assertThat(post(writable, TOKEN, body).json().path("stored").asText()).isEqualTo("unchanged");
  }

  @Test
  void the_page_its_libraries_basemap_and_api_document_are_served() throws Exception {
    Answer page = get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.type()).startsWith("text/html");
    assertThat(page.body()).contains("leaflet.js");
    assertThat(get("/web/js/main.js").type()).contains("javascript");   // a module needs it
    assertThat(get("/webjars/leaflet/1.9.4/dist/leaflet.js").status()).isEqualTo(200);
    assertThat(get("/basemap/countries.json").json().path("objects").has("countries")).isTrue();
    assertThat(get("/basemap/provinces/pak.json").json().path("objects").has("pak")).isTrue();
    assertThat(get("/basemap/iso3.json").json().path("PK").asText()).isEqualTo("pak");
    JsonNode api = get("/openapi.json").json();
    assertThat(api.path("openapi").asText()).startsWith("3.");
    for (String path : new String[] {"/api/incidents", "/api/incidents/{id}", "/api/report",
        "/api/claims", "/api/quotes", "/api/actors", "/api/search", "/api/timeline", "/api/gap",
        "/api/config", "/api/reports"}) {
      assertThat(api.path("paths").has(path)).as(path).isTrue();
    }
  }
}
