package org.counterclaim.core.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures quotes and speakers against the analysts' annotations of the quote reports
 * (NAME.quotes.analyst.json). A quote is found when an extracted quote overlaps the annotated
 * words; its speaker agrees when the type agrees and one name contains the other.
 */
class QuoteAgreementTest {

  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = Json.mapper();

  private static int annotated;
  private static int found;
  private static int sameSpeaker;
  private static int extracted;
  private static int extractedAnnotated;
  private static int responsibilities;
  private static int responsibilitiesFound;

  @BeforeAll
  static void measure() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.filter(p -> p.toString().endsWith(".quotes.analyst.json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(16);
    for (Path f : files) {
      String name = f.getFileName().toString().replace(".quotes.analyst.json", "");
      String text = Files.readString(DIR.resolve(name + ".txt"));
      JsonNode meta = JSON.readTree(DIR.resolve(name + ".meta.json").toFile());
      ReportExtraction e = Pipelines.extractor().extract(new Report(name, text,
          LocalDate.parse(meta.get("published").asText()), meta.get("publisher").asText()));
      extracted += e.quotes().size();
      JsonNode gold = JSON.readTree(f.toFile());
      List<int[]> spans = annotatedSpans(text, gold);
      for (Quote got : e.quotes()) {
        if (spans.stream().anyMatch(a -> got.start() < a[1] && a[0] < got.end())) {
          extractedAnnotated++;
        }
      }
      for (int i = 0; i < spans.size(); i++) {
        annotated++;
        int start = spans.get(i)[0];
        int end = spans.get(i)[1];
        for (Quote got : e.quotes()) {
          if (got.start() < end && start < got.end()) {
            found++;
            if (agrees(got, gold.get("quotes").get(i))) {
              sameSpeaker++;
            }
            break;
          }
        }
      }
      for (JsonNode r : gold.path("responsibility")) {
        responsibilities++;
        String actor = r.get("actor").asText().toLowerCase(Locale.ROOT);
        String stance = r.get("stance").asText();
        if (e.responsibility().stream().anyMatch(x -> x.stance().label().equals(stance)
            && (x.name().toLowerCase(Locale.ROOT).contains(actor)
                || actor.contains(x.name().toLowerCase(Locale.ROOT))))) {
          responsibilitiesFound++;
        }
      }
    }
    System.out.printf("quote agreement: %d annotated, %d extracted, %d found (%.3f), speaker agrees"
            + " %.3f of found; %d extracted annotated (precision %.3f); responsibility %d of %d%n",
        annotated, extracted, found, found / (double) annotated, sameSpeaker / (double) found,
        extractedAnnotated, extractedAnnotated / (double) extracted, responsibilitiesFound,
        responsibilities);
  }

  /**
   * Where each annotated quote's words are in the text, one span per annotated quote: the first
   * occurrence at or after the previous quote's, else the first anywhere.
   */
  private static List<int[]> annotatedSpans(String text, JsonNode gold) {
    List<int[]> spans = new java.util.ArrayList<>();
    int from = 0;
    for (JsonNode q : gold.get("quotes")) {
      String content = q.get("content").asText();
      int start = text.indexOf(content, from);
      if (start < 0) {
        start = text.indexOf(content);
      }
      spans.add(new int[] {start, start + content.length()});
      from = Math.max(from, start);
    }
    return spans;
  }

  private static boolean agrees(Quote got, JsonNode want) {
    if (got.speaker() == null) {
      return false;
    }
    if (!got.speaker().type().label().equals(want.get("speakerType").asText())) {
      return false;
    }
    String a = got.speaker().claimant().name().toLowerCase(Locale.ROOT);
    String b = want.get("speaker").asText().toLowerCase(Locale.ROOT);
    return a.contains(b) || b.contains(a) || got.speaker().name() == null;
  }

  @Test
  void finds_most_annotated_quotes_and_statements() {
    assertThat(found / (double) annotated).isGreaterThanOrEqualTo(QuoteFloors.FOUND);
  }

  @Test
  void most_extracted_quotes_and_statements_are_annotated() {
    assertThat(extractedAnnotated / (double) extracted).isGreaterThanOrEqualTo(QuoteFloors.PRECISION);
  }

  @Test
  void names_the_annotated_speaker_for_most_quotes_it_finds() {
    assertThat(sameSpeaker / (double) found).isGreaterThanOrEqualTo(QuoteFloors.SPEAKER);
  }

  @Test
  void finds_most_annotated_claims_blames_and_denials_of_responsibility() {
    assertThat(responsibilitiesFound / (double) responsibilities)
        .isGreaterThanOrEqualTo(QuoteFloors.RESPONSIBILITY);
  }

  /** Floors set just under the figures measured when the test was written (BENCHMARKS.md). */
  private static final class QuoteFloors {
    static final double FOUND = 0.85;
    static final double PRECISION = 0.83;
    static final double SPEAKER = 0.75;
    static final double RESPONSIBILITY = 0.75;
  }
}
