package org.counterclaim.core.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.quote.Quote;

/**
 * The one mapping of an extraction to flat table rows — claims, quotes, places and actors — that
 * the ledger's tables and the Spark job's Parquet tables are both written from. Column names are
 * the Parquet ones; values are strings (vocabulary labels), numbers, booleans or null.
 */
public final class ExtractionRows {

  private ExtractionRows() {}

  /** One row of table {@code table}: its columns in order, by name. */
  public record Row(String table, Map<String, Object> columns) {

    public Row {
      columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }
  }

  /** The rows of {@code e}: its claims, quotes, places, then actors, each table in text order. */
  public static List<Row> of(ReportExtraction e) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < e.claims().size(); i++) {
      rows.add(claim(e.id(), i, e.claims().get(i)));
    }
    for (int i = 0; i < e.quotes().size(); i++) {
      rows.add(quote(e.id(), i, e.quotes().get(i)));
    }
    for (int i = 0; i < e.places().size(); i++) {
      rows.add(place(e.id(), i, e.places().get(i)));
    }
    for (MentionedActor a : e.actors()) {
      Map<String, Object> n = start(e.id());
      n.put("actor_id", a.id());
      n.put("name", a.name());
      n.put("type", a.type().label());
      n.put("mentions", a.mentions().size());
      rows.add(new Row("actors", n));
    }
    return rows;
  }

  private static Map<String, Object> start(String report) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("report", report);
    return n;
  }

  private static Row claim(String report, int i, CasualtyClaim c) {
    Map<String, Object> n = start(report);
    n.put("idx", i);
    n.put("outcome", c.outcome().label());
    n.put("victims", c.victims().label());
    n.put("victim_text", c.victimText());
    n.put("low", c.count().low());
    n.put("high", c.count().high() == null ? null : c.count().high().longValue());
    n.put("qualifier", c.count().qualifier().label());
    n.put("count_text", c.count().text());
    n.put("scope", c.scope().label());
    n.put("claimant", c.claimant() == null ? null : c.claimant().name());
    n.put("claimant_type", c.claimant() == null ? null : c.claimant().type().label());
    n.put("relayed_by", c.relayedBy());
    n.put("self_interested", c.selfInterested());
    n.put("evidence_start", c.evidence().start());
    n.put("evidence_end", c.evidence().end());
    n.put("evidence", c.evidence().text());
    return new Row("claims", n);
  }

  private static Row quote(String report, int i, Quote q) {
    Map<String, Object> n = start(report);
    n.put("idx", i);
    n.put("text", q.text());
    n.put("direct", q.direct());
    n.put("start", q.start());
    n.put("end", q.end());
    n.put("speaker_name", q.speaker() == null ? null : q.speaker().name());
    n.put("speaker_role", q.speaker() == null ? null : q.speaker().role());
    n.put("speaker_actor", q.speaker() == null ? null : q.speaker().actor());
    n.put("speaker_type", q.speaker() == null ? null : q.speaker().type().label());
    n.put("cue", q.cue() == null ? null : q.cue().text());
    return new Row("quotes", n);
  }

  private static Row place(String report, int i, Place p) {
    Map<String, Object> n = start(report);
    n.put("idx", i);
    n.put("mention", p.mention());
    n.put("start", p.start());
    n.put("end", p.end());
    n.put("name", p.name());
    n.put("geoname_id", p.geonameId() == null ? null : p.geonameId().longValue());
    n.put("lat", p.lat());
    n.put("lon", p.lon());
    n.put("country", p.country());
    n.put("admin1", p.admin1());
    n.put("admin2", p.admin2());
    n.put("feature_class", p.featureClass());
    n.put("precision", p.precision().label());
    n.put("event", p.event());
    return new Row("places", n);
  }
}
