package org.counterclaim.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** B³ scores of a clustering of documents against gold incidents. */
class IncidentEvaluationTest {

  private static final List<IncidentEvaluation.Document> GOLD = List.of(
      new IncidentEvaluation.Document("a", "", "1/ecb", null),
      new IncidentEvaluation.Document("b", "", "1/ecb", null),
      new IncidentEvaluation.Document("c", "", "1/ecb", null),
      new IncidentEvaluation.Document("d", "", "1/ecbplus", null));

  private static IncidentEvaluation.Score byHalf(List<List<String>> predicted) {
    return IncidentEvaluation.run(GOLD, docs -> predicted).byHalf();
  }

  @Test
  void b_cubed_of_a_small_clustering_matches_the_hand_computation() {
    // gold {a,b,c},{d}; predicted {a,b},{c,d}
    // precision: a 2/2, b 2/2, c 1/2, d 1/2 -> (1 + 1 + 1/2 + 1/2) / 4 = 3/4
    // recall:    a 2/3, b 2/3, c 1/3, d 1/1 -> (2/3 + 2/3 + 1/3 + 1) / 4 = 2/3
    // F1: 2 * 3/4 * 2/3 / (3/4 + 2/3) = 12/17
    IncidentEvaluation.Score s = byHalf(List.of(List.of("a", "b"), List.of("c", "d")));
    assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.f1()).isCloseTo(12.0 / 17, within(1e-9));
    assertThat(s.documents()).isEqualTo(4);
    assertThat(s.goldIncidents()).isEqualTo(2);
    assertThat(s.predictedIncidents()).isEqualTo(2);
  }

  @Test
  void a_perfect_clustering_scores_one() {
    IncidentEvaluation.Score s = byHalf(List.of(List.of("d"), List.of("c", "a", "b")));
    assertThat(s.precision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void reads_coreference_lines() throws IOException {
    String lines = "{\"topic\": 3, \"doc\": \"3_1ecb\", \"subtopic\": \"ecb\", \"text\": \"A bomb"
        + " went off in a market.\", \"seminal\": {\"cluster\": \"ACT42\", \"descriptor\":"
        + " \"t3_market_bomb\"}, \"events\": []}\n"
        + "\n"
        + "{\"topic\": 3, \"doc\": \"3_2ecbplus\", \"subtopic\": \"ecbplus\", \"text\": \"Troops"
        + " raided a village.\", \"seminal\": null, \"events\": []}\n";
    List<IncidentEvaluation.Document> docs =
        IncidentEvaluation.read(new BufferedReader(new StringReader(lines)), 10);
    assertThat(docs).containsExactly(
        new IncidentEvaluation.Document("3_1ecb", "A bomb went off in a market.", "3/ecb",
            "ACT42"),
        new IncidentEvaluation.Document("3_2ecbplus", "Troops raided a village.", "3/ecbplus",
            null));
  }
}
