package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor against the analysts' annotations of the golden reports (NAME.analyst.json:
 * what a careful human would extract). A claim agrees when outcome, victim group and interval are
 * the same. The floors sit just under the figures measured when they were set (BENCHMARKS.md);
 * a change that loses quality fails here even when someone rewrites the golden expectations.
 */
class AnalystAgreementTest {

  private static final Path DIR = Path.of("src/test/resources/golden");
  private static final ObjectMapper JSON = Json.mapper();

  private record Key(String outcome, String victims, int low, Integer high) {}

  private static int intended;
  private static int extracted;
  private static int agreed;
  private static int sameClaimantType;

  @BeforeAll
  static void measure() throws IOException {
    List<Path> annotations;
    try (Stream<Path> files = Files.list(DIR)) {
      annotations = files
          .filter(p -> p.toString().endsWith(".analyst.json"))
          .filter(p -> !p.toString().endsWith(".quotes.analyst.json"))
          .filter(p -> !p.toString().endsWith(".places.analyst.json"))
          .sorted()
          .toList();
    }
    assertThat(annotations).hasSizeGreaterThanOrEqualTo(60);
    for (Path a : annotations) {
      String name = a.getFileName().toString().replace(".analyst.json", "");
      JsonNode meta = JSON.readTree(DIR.resolve(name + ".meta.json").toFile());
      Report report = new Report(name, Files.readString(DIR.resolve(name + ".txt")),
          LocalDate.parse(meta.get("published").asText()), meta.get("publisher").asText());
      List<CasualtyClaim> claims = new ArrayList<>(Pipelines.extractor().extract(report).claims());
      extracted += claims.size();
      for (JsonNode want : JSON.readTree(a.toFile()).get("claims")) {
        intended++;
        Key key = new Key(want.get("outcome").asText(), want.get("victims").asText(),
            want.get("low").asInt(), want.get("high").isNull() ? null : want.get("high").asInt());
        for (CasualtyClaim got : claims) {
          if (key.equals(keyOf(got))) {
            agreed++;
            String type = got.claimant() == null ? null : got.claimant().type().label();
            if (Objects.equals(type, want.get("claimantType").asText())) {
              sameClaimantType++;
            }
            claims.remove(got);
            break;
          }
        }
      }
    }
    System.out.printf("analyst agreement: %d intended, %d extracted, %d agree: recall %.3f,"
            + " precision %.3f, claimant type %.3f%n", intended, extracted, agreed,
        recall(), precision(), claimantTypeAgreement());
  }

  private static Key keyOf(CasualtyClaim c) {
    return new Key(c.outcome().label(), c.victims().label(), c.count().low(), c.count().high());
  }

  private static double recall() {
    return agreed / (double) intended;
  }

  private static double precision() {
    return agreed / (double) extracted;
  }

  private static double claimantTypeAgreement() {
    return sameClaimantType / (double) agreed;
  }

  @Test
  void finds_at_least_four_in_five_of_the_claims_analysts_annotated() {
    assertThat(recall()).isGreaterThanOrEqualTo(0.80);
  }

  @Test
  void nine_in_ten_extracted_claims_are_claims_analysts_annotated() {
    assertThat(precision()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void claimant_type_agrees_with_analysts_for_four_in_five_agreed_claims() {
    assertThat(claimantTypeAgreement()).isGreaterThanOrEqualTo(0.80);
  }
}
