package org.counterclaim.app.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;

/**
 * Extraction by a running server ({@code POST /api/extract}), for {@code extract --server}: the
 * models stay loaded there, so one article takes the server's time, not a model load.
 */
final class RemoteExtraction {

  private final URI endpoint;
  private final String token;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final ObjectMapper json = Json.mapper();

  /**
   * Extraction by the server at {@code server} (its base URL), sending {@code token} (null:
   * none).
   *
   * @throws UserError when {@code server} is no http(s) URL
   */
  RemoteExtraction(String server, String token) {
    URI base;
    try {
      base = URI.create(server.endsWith("/") ? server : server + "/");
    } catch (IllegalArgumentException e) {
      throw new UserError(server + ": not a URL", e);
    }
    if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
      throw new UserError(server + ": --server must be an http(s) URL");
    }
    this.endpoint = base.resolve("api/extract");
    this.token = token;
  }

  /**
   * The server's extraction of {@code report}.
   *
   * @throws UserError naming the server or the report and the reason when it cannot be had
   */
  ReportExtraction extract(Report report) {
    ObjectNode body = json.createObjectNode().put("id", report.id()).put("text", report.text());
    if (report.published() != null) {
      body.put("published", report.published().toString());
    }
    if (report.publisher() != null) {
      body.put("publisher", report.publisher());
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofMinutes(5))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> answer;
    try {
      answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UserError(endpoint + ": cannot reach the server: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError(endpoint + ": interrupted", e);
    }
    if (answer.statusCode() != 200) {
      throw new UserError(report.id() + ": the server answered " + answer.statusCode() + ": "
          + message(answer.body()));
    }
    try {
      return json.readValue(answer.body(), ReportExtraction.class);
    } catch (IOException e) {
      throw new UserError(endpoint + ": not an extraction: " + e.getMessage(), e);
    }
  }

  /** The message of an error answer: its JSON {@code message}, else its first line. */
  private String message(String body) {
    try {
      JsonNode error = json.readTree(body);
      if (error != null && error.hasNonNull("message")) {
        return error.get("message").asText();
      }
    } catch (IOException e) {
      // not JSON (a proxy's page): its first line says what happened
    }
    return body.strip().lines().findFirst().orElse("no message");
  }
}
