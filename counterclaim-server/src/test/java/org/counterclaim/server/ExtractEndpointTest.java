package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.counterclaim.server.testkit.ApiContract;
import org.counterclaim.server.testkit.SharedExtractor;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/extract}: a report in, its extraction out as the extract command writes it,
 * nothing stored; a server with a token asks for it, one without extracts for its own machine.
 */
class ExtractEndpointTest {

  private static final String TOKEN = "extract-endpoint-test-token";
  private static final String REPORT = "{\"id\": \"harbour-blast\", \"published\": \"2026-03-02\","
      + " \"publisher\": \"Coastal Courier\", \"text\": \"Four dock workers were killed and nine"
      + " injured when a fuel tank exploded at the harbour on Sunday, the port police said.\"}";

  @TempDir static Path dir;
  private static CounterclaimServer readOnly;
  private static CounterclaimServer writable;
  private static LedgerConfig ledger;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    ledger = LedgerConfig.of(dir.resolve("extract.db").toString());
    try (Ledger l = Ledger.open(ledger)) {
      l.count("reports");
    }
    readOnly = CounterclaimServer.start(ServerConfig.of(ledger).at("localhost", 0),
        SharedExtractor::get);
    writable = CounterclaimServer.start(ServerConfig.of(ledger).at("localhost", 0)
        .withToken(TOKEN), SharedExtractor::get);
  }

  @AfterAll
  static void stop() {
    readOnly.close();
    writable.close();
  }

  private HttpResponse<String> post(CounterclaimServer server, String body, String token)
      throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.port() + "/api/extract"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    return ApiContract.check(http.send(r.build(), HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void a_report_is_answered_with_the_extraction_the_command_writes_and_nothing_is_stored()
      throws Exception {
    HttpResponse<String> answer = post(readOnly, REPORT, null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    ObjectMapper json = Json.mapper();
    JsonNode got = json.readTree(answer.body());
    ReportExtraction expected = SharedExtractor.get().extract(new Report("harbour-blast",
        json.readTree(REPORT).get("text").asText(), java.time.LocalDate.parse("2026-03-02"),
        "Coastal Courier"));
    assertThat(got).isEqualTo(json.valueToTree(expected));
    assertThat(got.at("/claims/0/count/low").asInt()).isEqualTo(4);
    try (Ledger l = Ledger.open(ledger)) {
      assertThat(l.count("reports")).isZero();
    }
  }

  @Test
  void a_server_with_a_token_asks_for_it_and_bad_bodies_are_refused() throws Exception {
    assertThat(post(writable, REPORT, null).statusCode()).isEqualTo(401);
    assertThat(post(writable, REPORT, "wrong").statusCode()).isEqualTo(401);
    assertThat(post(writable, REPORT, TOKEN).statusCode()).isEqualTo(200);
    HttpResponse<String> bad = post(readOnly, "{\"title\": \"no text\"}", null);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("needs \\\"text\\\" or \\\"html\\\"");
  }
}
