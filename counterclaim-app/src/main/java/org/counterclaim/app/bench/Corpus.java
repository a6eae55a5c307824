package org.counterclaim.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.core.eval.CsvTable;

/**
 * The texts a benchmark runs on: a folder of .txt files, a JSON Lines file with a "text" field,
 * or a GTD-style CSV with a "summary" column; repeated to reach a size when asked.
 */
final class Corpus {

  private Corpus() {}

  /** The texts of {@code input}, repeated {@code repeat} times, at most {@code limit} of them. */
  static List<String> load(Path input, int repeat, int limit) {
    List<String> texts;
    try {
      if (Files.isDirectory(input)) {
        texts = folder(input);
      } else if (input.toString().endsWith(".csv")) {
        CsvTable table = CsvTable.parse(Files.readString(input, StandardCharsets.UTF_8));
        if (!table.hasColumn("summary")) {
          throw new UserError(input + ": no 'summary' column");
        }
        texts = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
          texts.add(table.get(i, "summary"));
        }
      } else if (Files.isRegularFile(input)) {
        texts = jsonl(input);
      } else {
        throw new UserError(input + ": no such file or folder");
      }
    } catch (IOException e) {
      throw new UserError(input + ": cannot read: " + e.getMessage(), e);
    }
    if (texts.isEmpty()) {
      throw new UserError(input + ": no reports in it");
    }
    List<String> all = new ArrayList<>();
    for (int r = 0; r < repeat && all.size() < limit; r++) {
      for (String t : texts) {
        if (all.size() >= limit) {
          break;
        }
        all.add(t);
      }
    }
    return all;
  }

  private static List<String> folder(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      return texts;
    }
  }

  private static List<String> jsonl(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (IOException e) {
          throw new UserError(file + ":" + n + ": not JSON", e);
        }
        if (node.hasNonNull("text")) {
          texts.add(node.get("text").asText());
        }
      }
    }
    return texts;
  }
}
