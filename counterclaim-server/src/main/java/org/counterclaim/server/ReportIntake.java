package org.counterclaim.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.counterclaim.core.report.TextHashes;
import org.counterclaim.core.clean.CleanedPage;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.read.JsonlReports;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Reads one report posted to the API — JSON with {@code text} or {@code html} and optionally
 * {@code id}, {@code url}, {@code title}, {@code published}, {@code publisher} — as the ingest
 * command reads a JSON Lines report (a web page cleaned first); the server has already cut the
 * body at its size limit. A report without an id is named
 * by its URL, else by its text's hash, so that sending it again changes nothing.
 */
final class ReportIntake {

  private final HtmlCleaner cleaner;
  private final ObjectMapper json = new ObjectMapper();
  private final JsonlReports reports = new JsonlReports();

  /** An intake that cleans posted pages with the words of {@code vocabulary}. */
  ReportIntake(Vocabulary vocabulary) {
    this.cleaner = new HtmlCleaner(vocabulary);
  }

  /**
   * The report {@code body} describes.
   *
   * @throws ApiError 400 naming what is wrong with it
   */
  Report read(byte[] body) {
    return read(new String(body, StandardCharsets.UTF_8));
  }

  private Report read(String body) {
    JsonNode node;
    try {
      node = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiError(400, "the body is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new ApiError(400, "the body must be a JSON object with \"text\" or \"html\"");
    }
    ObjectNode report = ((ObjectNode) node).deepCopy();
    JsonNode html = report.remove("html");
    if (html != null && !html.isNull()) {
      if (!html.isTextual()) {
        throw new ApiError(400, "\"html\" is not a string");
      }
      if (report.hasNonNull("text")) {
        throw new ApiError(400, "give \"text\" or \"html\", not both");
      }
      CleanedPage page = cleaner.clean(html.asText(), report.path("url").asText(""));
      if (page.text().isBlank()) {
        throw new ApiError(400, "no article text in the web page");
      }
      report.put("text", page.text());
      putIfAbsent(report, "title", page.title());
      putIfAbsent(report, "publisher", page.siteName());
      putIfAbsent(report, "url", page.url());
      if (page.published() != null) {
        putIfAbsent(report, "published", page.published().toString());
      }
    }
    if (!report.hasNonNull("text")) {
      throw new ApiError(400, "the body needs \"text\" or \"html\"");
    }
    if (!report.hasNonNull("id")) {
      report.put("id", report.hasNonNull("url") && report.get("url").isTextual()
          ? report.get("url").asText()
          : "post-" + TextHashes.sha256(report.get("text").asText(), 8));
    }
    ReadResult read = reports.fromObject(report, "the report", ReadOptions.defaults());
    if (read instanceof ReadResult.Problem p) {
      throw new ApiError(400, p.reason());
    }
    return ((ReadResult.Ok) read).report();
  }

  private static void putIfAbsent(ObjectNode node, String field, String value) {
    if (value != null && !node.hasNonNull(field)) {
      node.put(field, value);
    }
  }
}
