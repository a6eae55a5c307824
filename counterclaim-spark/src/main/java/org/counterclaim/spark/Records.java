package org.counterclaim.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.ingest.ExtractionRows;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;

/**
 * The job's tables, their Parquet schemas and the rows of one report: its report row, then the
 * rows of the one mapping of an extraction to tables that the ledger writes too
 * ({@link ExtractionRows}).
 */
final class Records {

  /** One row of one table, as JSON. */
  record Row(String table, String json) implements java.io.Serializable {}

  static final Map<String, StructType> SCHEMAS = Map.of(
      "reports", StructType.fromDDL("id STRING, source STRING, published STRING, publisher STRING,"
          + " language STRING, event_date STRING, text STRING, extraction STRING"),
      "claims", StructType.fromDDL("report STRING, idx INT, outcome STRING, victims STRING,"
          + " victim_text STRING, low INT, high INT, qualifier STRING, count_text STRING,"
          + " scope STRING,"
          + " claimant STRING, claimant_type STRING, relayed_by STRING, self_interested BOOLEAN,"
          + " evidence_start INT, evidence_end INT, evidence STRING"),
      "quotes", StructType.fromDDL("report STRING, idx INT, text STRING, direct BOOLEAN,"
          + " start INT, `end` INT, speaker_name STRING, speaker_role STRING,"
          + " speaker_actor STRING, speaker_type STRING, cue STRING"),
      "places", StructType.fromDDL("report STRING, idx INT, mention STRING, start INT, `end` INT,"
          + " name STRING, geoname_id INT, lat DOUBLE, lon DOUBLE, country STRING, admin1 STRING,"
          + " admin2 STRING, feature_class STRING, precision STRING, event BOOLEAN"),
      "actors", StructType.fromDDL("report STRING, actor_id STRING, name STRING, type STRING,"
          + " mentions INT"),
      "errors", StructType.fromDDL("source STRING, reason STRING"),
      // the names of the incidents export (docs/fields.md)
      "incidents", StructType.fromDDL("event_id STRING, event_date STRING, country_code STRING,"
          + " location STRING, latitude DOUBLE, longitude DOUBLE, deaths_low INT,"
          + " deaths_best INT, deaths_high INT, deaths_high_open BOOLEAN, contested BOOLEAN,"
          + " reports ARRAY<STRING>, body STRING"));

  private static final ObjectMapper JSON = Json.mapper();

  private Records() {}

  /** The rows of an extracted report read from {@code source}. */
  static List<Row> of(String source, ReportExtraction e) {
    List<Row> rows = new ArrayList<>();
    ObjectNode r = JSON.createObjectNode();
    r.put("id", e.id());
    r.put("source", source);
    r.put("published", e.published() == null ? null : e.published().toString());
    r.put("publisher", e.publisher());
    r.put("language", "en");
    r.put("event_date", e.eventDate() == null ? null : e.eventDate().date().toString());
    r.put("text", e.text());
    r.put("extraction", write(e));
    rows.add(new Row("reports", r.toString()));
    for (ExtractionRows.Row row : ExtractionRows.of(e)) {
      rows.add(new Row(row.table(), JSON.valueToTree(row.columns()).toString()));
    }
    return rows;
  }

  /** The row of a report kept but not extracted: not in English but in {@code language}. */
  static Row notEnglish(String source, Report report, String language) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", report.id());
    r.put("source", source);
    r.put("published", report.published() == null ? null : report.published().toString());
    r.put("publisher", report.publisher());
    r.put("language", language);
    r.put("text", report.text());
    return new Row("reports", r.toString());
  }

  /** The row of an input that could not be read. */
  static Row error(String source, String reason) {
    ObjectNode r = JSON.createObjectNode();
    r.put("source", source);
    r.put("reason", reason);
    return new Row("errors", r.toString());
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> T read(String json, Class<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
