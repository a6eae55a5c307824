package org.counterclaim.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Reads gold data in JSON Lines: one article per line, each with {@code text} and a list. */
final class GoldLines {

  private GoldLines() {}

  /**
   * Up to {@code limit} articles, skipping blank lines; each line must be JSON with a {@code
   * text} and the array {@code list}, and is turned into an article by {@code article} (given
   * the JSON and a fallback id).
   *
   * @throws IllegalArgumentException naming the line and the reason for a bad line
   */
  static <A> List<A> read(BufferedReader in, int limit, String list,
      BiFunction<JsonNode, String, A> article) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<A> out = new ArrayList<>();
    String line;
    int n = 0;
    while ((line = in.readLine()) != null && out.size() < limit) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode a;
      try {
        a = json.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException("line " + n + ": not JSON", e);
      }
      if (!a.hasNonNull("text") || !a.has(list)) {
        throw new IllegalArgumentException("line " + n + ": no \"text\" or \"" + list + "\"");
      }
      out.add(article.apply(a, a.path("id").asText("line " + n)));
    }
    return out;
  }
}
