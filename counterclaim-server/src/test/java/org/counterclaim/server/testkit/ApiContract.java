package org.counterclaim.server.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The API's contract, {@code /openapi.json}: every answer the tests receive is checked against it
 * (status, content type and body schema) with Atlassian's OpenAPI validator.
 */
public final class ApiContract {

  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(document()).build();

  private ApiContract() {}

  /** The OpenAPI document the server serves, as the jar holds it. */
  public static String document() {
    try (InputStream in = ApiContract.class.getResourceAsStream("/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Throws {@link AssertionError} when {@code answer} to an API request does not match the
   * document: an undocumented status or content type, or a body its schema refuses. Answers
   * outside {@code /api/} (the page, its files, the document itself) and 404s of paths the API
   * does not have are not the API's, and pass.
   */
  public static <T> HttpResponse<T> check(HttpResponse<T> answer) {
    String path = answer.request().uri().getRawPath();
    if (!path.startsWith("/api/")) {
      return answer;
    }
    SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.statusCode());
    answer.headers().map().forEach((name, values) -> response.withHeader(name, values));
    if (answer.body() instanceof String body) {
      response.withBody(body);
    }
    ValidationReport report = VALIDATOR.validateResponse(path,
        Request.Method.valueOf(answer.request().method()), response.build());
    if (answer.statusCode() == 404 && report.getMessages().stream()
        .allMatch(m -> m.getKey().endsWith(".path.missing"))) {
      return answer;
    }
    if (report.hasErrors()) {
      throw new AssertionError(answer.request().method() + " " + answer.request().uri()
          + " answered " + answer.statusCode() + " against /openapi.json:\n"
          + report.getMessages().stream()
              .map(m -> "  " + m.getKey() + ": " + m.getMessage())
              .collect(Collectors.joining("\n"))
          + "\nbody: " + abbreviated(String.valueOf(answer.body())));
    }
    return answer;
  }

  private static String abbreviated(String body) {
    return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
  }
}
