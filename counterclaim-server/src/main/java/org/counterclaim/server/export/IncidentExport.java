package org.counterclaim.server.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.reconcile.Incident;

/**
 * Incidents as analysts load them: CSV with the {@link IncidentColumn}s, or a GeoJSON feature
 * collection whose properties are the same columns, typed. The command line and the API both
 * write through this class, so their columns are the same.
 */
public final class IncidentExport {

  private final EventTypes types;
  private final ObjectMapper json = Json.mapper();

  private IncidentExport(EventTypes types) {
    this.types = types;
  }

  /** An export with the shipped event-type cues. */
  public static IncidentExport create() {
    return new IncidentExport(EventTypes.load());
  }

  /** The CSV header: the columns' names, in order. */
  public static List<String> header() {
    return Arrays.stream(IncidentColumn.values()).map(IncidentColumn::label).toList();
  }

  /** {@code incidents} as CSV, one row each. */
  public void csv(Appendable out, List<Incident> incidents) {
    List<List<?>> rows = new ArrayList<>();
    for (Incident i : incidents) {
      IncidentRow row = new IncidentRow(i, types);
      rows.add(Arrays.stream(IncidentColumn.values()).map(row::value).toList());
    }
    Csv.write(out, header(), rows);
  }

  /**
   * {@code incidents} as a GeoJSON FeatureCollection: a Point at each incident's place (null
   * geometry when it has none) and the columns as properties, null when missing.
   */
  public void geojson(Appendable out, List<Incident> incidents) {
    ObjectNode collection = json.createObjectNode();
    collection.put("type", "FeatureCollection");
    ArrayNode features = collection.putArray("features");
    for (Incident i : incidents) {
      IncidentRow row = new IncidentRow(i, types);
      ObjectNode f = features.addObject();
      f.put("type", "Feature");
      f.put("id", i.id());
      double[] point = row.point();
      if (point == null) {
        f.putNull("geometry");
      } else {
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(point[0]).add(point[1]);
      }
      ObjectNode props = f.putObject("properties");
      for (IncidentColumn c : IncidentColumn.values()) {
        props.set(c.label(), json.valueToTree(row.value(c)));
      }
    }
    try {
      out.append(json.writerWithDefaultPrettyPrinter().writeValueAsString(collection))
          .append('\n');
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
