package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Contract;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The heart of the suite: every report under {@code golden/} (NAME.txt, with NAME.meta.json for
 * its publication) is extracted and compared with NAME.expected.json. Run with
 * {@code -Dgolden.update=true} to rewrite the expectations, then review the diff.
 */
class GoldenReportsTest {

  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = Json.mapper();
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<String> reports() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void extraction_matches_the_reviewed_expectation(String name) throws IOException {
    String text = Files.readString(DIR.resolve(name + ".txt"));
    JsonNode meta = JSON.readTree(DIR.resolve(name + ".meta.json").toFile());
    Report report = new Report(name, text, LocalDate.parse(meta.get("published").asText()),
        meta.get("publisher").asText());

    ReportExtraction extraction = Pipelines.extractor().extract(report);
    Contract.assertKept(extraction);

    ObjectNode actual = JSON.valueToTree(extraction);
    actual.remove("text");
    String actualJson = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n";
    Path expected = DIR.resolve(name + ".expected.json");
    if (UPDATE) {
      Files.writeString(expected, actualJson);
    }
    assertThat(expected).as("expectation file; create it with -Dgolden.update=true").exists();
    assertThat(actualJson).isEqualTo(Files.readString(expected));
  }
}
