package org.counterclaim.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.quote.Quote;
import org.counterclaim.core.report.Report;

/**
 * The job's tables, their Parquet schemas and the rows of one report: the same fields as the
 * ledger's tables and the JSON contract (docs/json-format.md), flattened.
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
      "incidents", StructType.fromDDL("id STRING, country STRING, event_date STRING,"
          + " location STRING, lat DOUBLE, lon DOUBLE, deaths_low INT, deaths_best INT,"
          + " deaths_high INT, contested BOOLEAN, reports ARRAY<STRING>, body STRING"));

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
    r.put("event_date", e.eventDate() == null ? null : e.eventDate().date());
    r.put("text", e.text());
    r.put("extraction", write(e));
    rows.add(new Row("reports", r.toString()));
    for (int i = 0; i < e.claims().size(); i++) {
      CasualtyClaim c = e.claims().get(i);
      ObjectNode n = JSON.createObjectNode();
      n.put("report", e.id());
      n.put("idx", i);
      n.put("outcome", c.outcome().label());
      n.put("victims", c.victims().label());
      n.put("victim_text", c.victimText());
      n.put("low", c.count().low());
      n.put("high", c.count().high());
      n.put("qualifier", c.count().qualifier().name().toLowerCase(java.util.Locale.ROOT));
      n.put("count_text", c.count().text());
      n.put("scope", c.scope().label());
      n.put("claimant", c.claimant() == null ? null : c.claimant().name());
      n.put("claimant_type", c.claimant() == null ? null : c.claimant().type().label());
      n.put("relayed_by", c.relayedBy());
      n.put("self_interested", c.selfInterested());
      n.put("evidence_start", c.evidence().start());
      n.put("evidence_end", c.evidence().end());
      n.put("evidence", c.evidence().text());
      rows.add(new Row("claims", n.toString()));
    }
    for (int i = 0; i < e.quotes().size(); i++) {
      Quote q = e.quotes().get(i);
      ObjectNode n = JSON.createObjectNode();
      n.put("report", e.id());
      n.put("idx", i);
      n.put("text", q.text());
      n.put("direct", q.direct());
      n.put("start", q.start());
      n.put("end", q.end());
      if (q.speaker() != null) {
        n.put("speaker_name", q.speaker().name());
        n.put("speaker_role", q.speaker().role());
        n.put("speaker_actor", q.speaker().actor());
        n.put("speaker_type", q.speaker().type().label());
      }
      n.put("cue", q.cue() == null ? null : q.cue().text());
      rows.add(new Row("quotes", n.toString()));
    }
    for (int i = 0; i < e.places().size(); i++) {
      Place p = e.places().get(i);
      ObjectNode n = JSON.createObjectNode();
      n.put("report", e.id());
      n.put("idx", i);
      n.put("mention", p.mention());
      n.put("start", p.start());
      n.put("end", p.end());
      n.put("name", p.name());
      n.put("geoname_id", p.geonameId());
      n.put("lat", p.lat());
      n.put("lon", p.lon());
      n.put("country", p.country());
      n.put("admin1", p.admin1());
      n.put("admin2", p.admin2());
      n.put("feature_class", p.featureClass());
      n.put("precision", p.precision().label());
      n.put("event", p.event());
      rows.add(new Row("places", n.toString()));
    }
    for (MentionedActor a : e.actors()) {
      ObjectNode n = JSON.createObjectNode();
      n.put("report", e.id());
      n.put("actor_id", a.id());
      n.put("name", a.name());
      n.put("type", a.type().label());
      n.put("mentions", a.mentions().size());
      rows.add(new Row("actors", n.toString()));
    }
    return rows;
  }

  /** The row of a report kept but not extracted (not in English). */
  static Row notEnglish(String source, Report report) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", report.id());
    r.put("source", source);
    r.put("published", report.published() == null ? null : report.published().toString());
    r.put("publisher", report.publisher());
    r.put("language", "other");
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
