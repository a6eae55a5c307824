package org.counterclaim.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Geo;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.PlaceNames;

/**
 * Compares extracted places with geoparsing gold data (LGL-style JSON Lines: {@code text} and
 * {@code toponyms} with offsets and coordinates) and event places with an incident file's city
 * and province.
 *
 * <p>Recognition is overlap-based: a predicted mention is correct when it overlaps a gold
 * toponym, a gold toponym is found when a predicted mention overlaps it. Resolution is scored on
 * the found toponyms that have gold coordinates: the share whose predicted coordinates lie within
 * 161 km (and within 25 km) of the gold ones; an unresolved prediction counts as wrong.
 */
public final class PlaceEvaluation {

  /**
   * One gold article: its outlet (a web domain; null when the file has none), its text and its
   * toponyms (offsets in code points; lat/lon may be NaN).
   */
  public record Article(String id, String outlet, String text, List<Toponym> toponyms) {}

  /** A gold toponym. */
  public record Toponym(int start, int end, String name, double lat, double lon) {
    boolean hasCoordinates() {
      return !Double.isNaN(lat) && !Double.isNaN(lon);
    }
  }

  /** Recognition and resolution scores over a set of articles. */
  public record Result(int articles, int predicted, int correct, int gold, int found,
      int withCoordinates, int within161, int within25, int unresolved) {
    /** Correct predictions over predictions. */
    public double precision() {
      return predicted == 0 ? 0 : correct / (double) predicted;
    }

    /** Found gold toponyms over gold toponyms. */
    public double recall() {
      return gold == 0 ? 0 : found / (double) gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Found toponyms with coordinates resolved within 161 km, over those toponyms. */
    public double accuracy161() {
      return withCoordinates == 0 ? 0 : within161 / (double) withCoordinates;
    }

    /** Likewise within 25 km. */
    public double accuracy25() {
      return withCoordinates == 0 ? 0 : within25 / (double) withCoordinates;
    }
  }

  /**
   * How often a report's event places match an incident file's city and province, and its event
   * date the file's date.
   */
  public record EventShare(int cityRows, int cityMatched, int provinceRows, int provinceMatched,
      int dateRows, int dateMatched) {}

  private PlaceEvaluation() {}

  /** Reads up to {@code limit} articles of a gold file. */
  public static List<Article> read(BufferedReader in, int limit) throws IOException {
    return GoldLines.read(in, limit, "toponyms", (a, id) -> {
      List<Toponym> toponyms = new ArrayList<>();
      for (JsonNode t : a.get("toponyms")) {
        toponyms.add(new Toponym(t.get("start").asInt(), t.get("end").asInt(),
            t.path("name").asText(""), number(t.get("lat")), number(t.get("lon"))));
      }
      JsonNode domain = a.get("domain");
      return new Article(id, domain == null || domain.isNull() ? null : domain.asText(),
          a.get("text").asText(), toponyms);
    });
  }

  private static double number(JsonNode n) {
    return n == null || n.isNull() ? Double.NaN : n.asDouble();
  }

  /** Scores the places {@code placesOf} finds in each article. */
  public static Result run(List<Article> articles, Function<Article, List<Place>> placesOf) {
    int predicted = 0;
    int correct = 0;
    int gold = 0;
    int found = 0;
    int withCoordinates = 0;
    int within161 = 0;
    int within25 = 0;
    int unresolved = 0;
    for (Article a : articles) {
      List<Place> places = placesOf.apply(a);
      List<int[]> spans = new ArrayList<>();
      for (Place p : places) {
        spans.add(AttributionEvaluation.codePoints(a.text(), p.start(), p.end()));
      }
      predicted += places.size();
      for (int[] s : spans) {
        if (a.toponyms().stream().anyMatch(t -> s[0] < t.end() && t.start() < s[1])) {
          correct++;
        }
      }
      for (Toponym t : a.toponyms()) {
        gold++;
        Place hit = null;
        for (int i = 0; i < places.size(); i++) {
          int[] s = spans.get(i);
          if (s[0] < t.end() && t.start() < s[1]) {
            hit = places.get(i);
            break;
          }
        }
        if (hit == null) {
          continue;
        }
        found++;
        if (!t.hasCoordinates()) {
          continue;
        }
        withCoordinates++;
        if (!hit.resolved()) {
          unresolved++;
          continue;
        }
        double km = Geo.kilometres(hit.lat(), hit.lon(), t.lat(), t.lon());
        within161 += km <= 161 ? 1 : 0;
        within25 += km <= 25 ? 1 : 0;
      }
    }
    return new Result(articles.size(), predicted, correct, gold, found, withCoordinates,
        within161, within25, unresolved);
  }

  /**
   * The share of incidents whose {@code city} (and {@code provstate}) the report's event places
   * name, and whose {@code date} is the report's event date, for rows where the file knows them;
   * names are compared by lookup key or spelling variant.
   */
  public static EventShare eventShare(CsvTable table,
      Function<String, ReportExtraction> extract) {
    int cityRows = 0;
    int cityMatched = 0;
    int provinceRows = 0;
    int provinceMatched = 0;
    int dateRows = 0;
    int dateMatched = 0;
    boolean hasDates = table.hasColumn("date");
    for (int row = 0; row < table.size(); row++) {
      String city = table.get(row, "city");
      String province = table.get(row, "provstate");
      boolean knowsCity = known(city);
      boolean knowsProvince = known(province);
      String date = hasDates ? table.get(row, "date") : null;
      if (!knowsCity && !knowsProvince && !known(date)) {
        continue;
      }
      ReportExtraction report = extract.apply(table.get(row, "summary"));
      if (known(date)) {
        dateRows++;
        dateMatched += report.eventDate() != null && report.eventDate().date().equals(date)
            ? 1 : 0;
      }
      List<EventPlace> events = report.eventPlaces();
      if (knowsCity) {
        cityRows++;
        cityMatched += events.stream().anyMatch(e -> same(e.name(), city)) ? 1 : 0;
      }
      if (knowsProvince) {
        provinceRows++;
        provinceMatched += events.stream().anyMatch(e -> same(e.admin1(), province)
            || same(e.name(), province)) ? 1 : 0;
      }
    }
    return new EventShare(cityRows, cityMatched, provinceRows, provinceMatched, dateRows,
        dateMatched);
  }

  private static boolean known(String s) {
    return s != null && !s.isBlank() && !s.equalsIgnoreCase("unknown");
  }

  private static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String ka = PlaceNames.key(a);
    String kb = PlaceNames.key(b);
    return ka.equals(kb) || PlaceNames.loose(a).equals(PlaceNames.loose(b))
        || ka.startsWith(kb + " ") || kb.startsWith(ka + " ");
  }
}
