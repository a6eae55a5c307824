package org.counterclaim.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Clustering quality of documents into incidents against cross-document event coreference gold
 * data (ECB+ as in coref-dev.jsonl): each document's gold incident is its topic half ({@code
 * topic} and {@code subtopic}: ECB+ built each half around one seminal event), and, in a second
 * score over the documents that have one, its {@code seminal} cluster. Scores are B³ (Bagga and
 * Baldwin): per document, the share of its predicted incident that is in its gold incident
 * (precision) and the share of its gold incident that is in its predicted one (recall), averaged
 * over documents; F1 is their harmonic mean.
 */
public final class IncidentEvaluation {

  private IncidentEvaluation() {}

  /** One gold document: id, text, its topic half and its seminal cluster (null when none). */
  public record Document(String id, String text, String half, String seminal) {}

  /** B³ precision and recall over {@code documents}. */
  public record Score(int documents, int goldIncidents, int predictedIncidents, double precision,
      double recall) {
    public double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** Scores by topic half (all documents) and by seminal cluster (documents that have one). */
  public record Result(Score byHalf, Score bySeminal) {}

  /** Up to {@code limit} documents of the gold file. */
  public static List<Document> read(BufferedReader in, int limit) throws IOException {
    return GoldLines.read(in, limit, "events", (JsonNode a, String fallback) -> {
      String id = a.path("doc").asText(fallback);
      String half = a.path("topic").asText() + "/" + a.path("subtopic").asText();
      JsonNode seminal = a.path("seminal");
      String cluster = seminal.isObject() ? seminal.path("cluster").asText(null) : null;
      return new Document(id, a.path("text").asText(), half, cluster);
    });
  }

  /**
   * The rows of an incident table (GTD: {@code eventid}, {@code summary}) as documents that are
   * each their own incident: clustering them measures how often distinct incidents are merged.
   *
   * @throws IllegalArgumentException when a column is missing
   */
  public static List<Document> distinctIncidents(CsvTable table, int limit) {
    for (String column : List.of("eventid", "summary")) {
      if (!table.hasColumn(column)) {
        throw new IllegalArgumentException("no \"" + column + "\" column");
      }
    }
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < table.size() && out.size() < limit; i++) {
      String id = table.get(i, "eventid");
      out.add(new Document(id, table.get(i, "summary"), "incident " + id, null));
    }
    return out;
  }

  /**
   * Scores the incidents {@code cluster} puts the documents in: it is given every document and
   * answers groups of document ids.
   */
  public static Result run(List<Document> documents,
      Function<List<Document>, List<List<String>>> cluster) {
    Map<String, Integer> predicted = new HashMap<>();
    List<List<String>> groups = cluster.apply(documents);
    for (int g = 0; g < groups.size(); g++) {
      for (String id : groups.get(g)) {
        if (predicted.put(id, g) != null) {
          throw new IllegalStateException("document " + id + " in two incidents");
        }
      }
    }
    Map<String, String> half = new HashMap<>();
    Map<String, String> seminal = new HashMap<>();
    for (Document d : documents) {
      half.put(d.id(), d.half());
      if (d.seminal() != null) {
        seminal.put(d.id(), d.half() + "/" + d.seminal());
      }
    }
    return new Result(bCubed(half, predicted), bCubed(seminal, predicted));
  }

  /** B³ of the documents {@code gold} labels, their predicted groups restricted to those. */
  static Score bCubed(Map<String, String> gold, Map<String, Integer> predicted) {
    Map<String, List<String>> goldGroups = new HashMap<>();
    Map<Integer, List<String>> predictedGroups = new HashMap<>();
    int singletons = -1;
    Map<String, Integer> labels = new HashMap<>();
    for (String id : gold.keySet()) {
      goldGroups.computeIfAbsent(gold.get(id), k -> new ArrayList<>()).add(id);
      Integer p = predicted.get(id);
      int label = p != null ? p : singletons--;
      labels.put(id, label);
      predictedGroups.computeIfAbsent(label, k -> new ArrayList<>()).add(id);
    }
    double precision = 0;
    double recall = 0;
    for (String id : gold.keySet()) {
      Set<String> g = new HashSet<>(goldGroups.get(gold.get(id)));
      List<String> p = predictedGroups.get(labels.get(id));
      long both = p.stream().filter(g::contains).count();
      precision += (double) both / p.size();
      recall += (double) both / g.size();
    }
    int n = gold.size();
    return new Score(n, goldGroups.size(), predictedGroups.size(),
        n == 0 ? 0 : precision / n, n == 0 ? 0 : recall / n);
  }
}
