package org.counterclaim.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.casualty.ClaimScope;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.reconcile.ClaimLine;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.reconcile.Side;
import org.counterclaim.server.testkit.GeneratedLedger;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.StoredClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One vocabulary: the exports' columns, the JSON's fields and every enum's spelling are those
 * docs/fields.md lists, in every output (CSV, GeoJSON, the API's and the command line's JSON).
 */
class ExportVocabularyTest {

  @TempDir static Path dir;

  private static FieldsDoc doc;
  private static List<Incident> incidents;
  private static List<StoredClaim> claims;
  private static final ObjectMapper JSON = Json.mapper();

  @BeforeAll
  static void ledger() throws Exception {
    doc = FieldsDoc.read();
    try (Ledger ledger = Ledger.open(LedgerConfig.of(dir.resolve("l.db").toString()))) {
      GeneratedLedger.fill(ledger, 7, 8, 40);
      incidents = ledger.incidents().list(QueryFilter.all(), 0, 1000);
      claims = ledger.claims(QueryFilter.all());
    }
  }

  @Test
  void the_exports_columns_are_the_documented_ones_in_order() throws Exception {
    assertThat(doc.table("## Incidents export").keySet()).containsExactlyElementsOf(
        IncidentExport.header());
    assertThat(doc.table("## Claims export").keySet()).containsExactlyElementsOf(
        ClaimExport.header());
    StringBuilder geo = new StringBuilder();
    IncidentExport.create().geojson(geo, incidents);
    for (JsonNode f : JSON.readTree(geo.toString()).path("features")) {
      List<String> names = new ArrayList<>();
      f.path("properties").fieldNames().forEachRemaining(names::add);
      assertThat(names).containsExactlyElementsOf(IncidentExport.header());
    }
  }

  @Test
  void the_json_fields_the_doc_maps_a_column_to_exist_in_the_json() throws Exception {
    // the claims JSON of the API and the command line: the columns in camelCase
    Set<String> claimFields = fields(JSON.valueToTree(claims.get(0)));
    for (Map.Entry<String, List<String>> row : doc.table("## Claims export").entrySet()) {
      List<String> json = FieldsDoc.quoted(row.getValue().get(2));
      assertThat(json).as(row.getKey()).isNotEmpty();
      String field = json.get(0).split(" ")[0];
      assertThat(field).as(row.getKey()).isEqualTo(camel(row.getKey().replace("_open", "")));
      assertThat(claimFields).as(row.getKey()).contains(field);
    }
    assertThat(claimFields).as("every JSON field of a claim is documented").containsExactlyInAnyOrderElementsOf(
        doc.table("## Claims export").values().stream()
            .map(r -> FieldsDoc.quoted(r.get(2)).get(0).split(" ")[0]).distinct().toList());
    // an incident's JSON: each path the doc names (place.lat, reports[].id, deaths.low)
    JsonNode incident = JSON.valueToTree(incidents.stream()
        .filter(i -> i.place() != null && i.deaths() != null).findFirst().orElseThrow());
    for (Map.Entry<String, List<String>> row : doc.table("## Incidents export").entrySet()) {
      for (String path : FieldsDoc.quoted(row.getValue().get(2))) {
        String head = path.split("[ \\[]")[0];
        JsonNode at = incident;
        for (String part : head.split("\\.")) {
          assertThat(at.has(part)).as(row.getKey() + ": " + path + " in " + incident).isTrue();
          at = at.get(part);
        }
      }
    }
  }

  @Test
  void enum_values_are_spelled_alike_in_the_doc_the_json_and_the_csv() throws Exception {
    Map<String, List<String>> enums = doc.table("## Enumerations");
    assertThat(values(enums, "outcome")).isEqualTo(labels(Outcome.values(), Outcome::label));
    assertThat(values(enums, "victims"))
        .isEqualTo(labels(VictimCategory.values(), VictimCategory::label));
    assertThat(values(enums, "qualifier")).isEqualTo(labels(Qualifier.values(), Qualifier::label));
    assertThat(values(enums, "scope")).isEqualTo(labels(ClaimScope.values(), ClaimScope::label));
    assertThat(values(enums, "claimant_type"))
        .isEqualTo(labels(ClaimantType.values(), ClaimantType::label));
    assertThat(values(enums, "precision")).isEqualTo(labels(Precision.values(), Precision::label));
    assertThat(values(enums, "side")).isEqualTo(labels(Side.values(), Side::label));
    assertThat(values(enums, "status"))
        .isEqualTo(labels(ClaimLine.Status.values(), ClaimLine.Status::label));

    // the JSON writes them so, and the CSV writes what the JSON does
    for (StoredClaim c : claims) {
      JsonNode json = JSON.valueToTree(c);
      for (ClaimColumn col : List.of(ClaimColumn.OUTCOME, ClaimColumn.VICTIMS,
          ClaimColumn.QUALIFIER, ClaimColumn.SCOPE, ClaimColumn.CLAIMANT_TYPE)) {
        Object csv = ClaimExport.value(c, col);
        String field = camel(col.label());
        assertThat(csv == null ? null : csv.toString()).as(col.label())
            .isEqualTo(json.path(field).isNull() ? null : json.path(field).asText());
        if (csv != null) {
          assertThat(values(enums, col.label())).contains(csv.toString());
        }
      }
    }
    Set<String> victims = new HashSet<>(values(enums, "victims"));
    for (Incident i : incidents) {
      assertThat(victims).containsAll(i.victims());
      IncidentRow row = new IncidentRow(i, EventTypes.load());
      Object listed = row.value(IncidentColumn.VICTIMS);
      if (listed != null) {
        assertThat(victims).containsAll(Arrays.asList(listed.toString().split("; ")));
        assertThat(listed.toString()).isEqualTo(String.join("; ", i.victims()));
      }
      assertThat(values(enums, "precision")).contains(row.value(IncidentColumn.PRECISION)
          .toString());
      assertThat(row.value(IncidentColumn.PRECISION)).isEqualTo(
          JSON.valueToTree(i).path("place").path("precision").asText());
    }
  }

  private static List<String> values(Map<String, List<String>> enums, String name) {
    return FieldsDoc.quoted(enums.get(name).get(1));
  }

  private static <E> List<String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new HashSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** snake_case as camelCase: claimant_type → claimantType. */
  private static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        out.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return out.toString();
  }
}
