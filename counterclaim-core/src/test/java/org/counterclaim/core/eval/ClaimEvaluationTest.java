package org.counterclaim.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.report.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real-news set's scoring rule, on claims made by hand (no CoreNLP). */
class ClaimEvaluationTest {

  @TempDir Path dir;

  private static final String TEXT = "Dozens of villagers and four soldiers were killed near"
      + " Zogo, the army said.\n";

  private static CasualtyClaim claim(Outcome o, VictimCategory v, int low, Integer high,
      Qualifier q, String countText, ClaimantType type) {
    return new CasualtyClaim(o, v, null, new CountRange(low, high, q, countText),
        new Claimant("someone", type), null, false, Span.of(TEXT, 0, TEXT.length() - 1));
  }

  private void article(String gold) throws IOException {
    Files.writeString(dir.resolve("001.txt"), TEXT);
    Files.writeString(dir.resolve("001.meta.json"), "{\"published\": \"2026-03-02\","
        + " \"publisher\": \"Wire\"}");
    Files.writeString(dir.resolve("001.gold.json"), gold);
  }

  private ClaimEvaluation.Result run(List<CasualtyClaim> claims, List<Place> places)
      throws IOException {
    return new ClaimEvaluation(r -> new ReportExtraction(r.id(), r.published(), r.publisher(),
        null, claims, Map.of(), List.of(), places, List.of(), List.of(), List.of(), r.text()))
        .run(dir);
  }

  private static String gold(String claims, String places) {
    return "{\"claims\": [" + claims + "], \"eventPlaces\": [" + places + "]}";
  }

  private static String goldClaim(String outcome, String victims, int low, String high,
      String type) {
    return "{\"outcome\": \"" + outcome + "\", \"victims\": \"" + victims + "\", \"low\": " + low
        + ", \"high\": " + high + ", \"claimant\": \"the army\", \"claimantType\": \"" + type
        + "\", \"sentence\": \"" + TEXT.strip() + "\"}";
  }

  @Test
  void a_vague_word_matches_an_open_figure_and_compatible_classes_match() throws IOException {
    article(gold(goldClaim("killed", "people", 24, "null", "state_military") + ","
        + goldClaim("killed", "police", 4, "4", "state_military"), "\"Zogo\""));
    ClaimEvaluation.Result r = run(List.of(
        claim(Outcome.KILLED, VictimCategory.CIVILIANS, 24, 99, Qualifier.VAGUE, "Dozens",
            ClaimantType.STATE_MILITARY),
        claim(Outcome.KILLED, VictimCategory.SECURITY_FORCES, 4, 4, Qualifier.EXACT, "four",
            ClaimantType.ARMED_GROUP),
        claim(Outcome.INJURED, VictimCategory.PEOPLE, 4, 4, Qualifier.EXACT, "four",
            ClaimantType.STATE_MILITARY)),
        List.of(new Place("Zogo area", 55, 64, null, null, null, null, null, null, null, null,
            Precision.TOWN, true)));
    assertThat(r.found()).isEqualTo(2);
    assertThat(r.recall()).isEqualTo(1.0);
    assertThat(r.correct()).isEqualTo(2);
    assertThat(r.extracted()).isEqualTo(3);
    assertThat(r.sideRight()).isEqualTo(1);
    assertThat(r.placesFound()).isEqualTo(1);
    assertThat(ClaimEvaluation.byKind(r)).containsOnlyKeys(ClaimEvaluation.Kind.EXTRA,
        ClaimEvaluation.Kind.SIDE);
  }

  @Test
  void a_figure_with_digits_does_not_match_an_open_gold_high_and_misses_have_kinds()
      throws IOException {
    article(gold(goldClaim("killed", "people", 24, "null", "media") + ","
        + goldClaim("killed", "security_forces", 4, "4", "state_military"), "\"Zogo\""));
    ClaimEvaluation.Result r = run(List.of(
        claim(Outcome.KILLED, VictimCategory.PEOPLE, 24, 99, Qualifier.BETWEEN, "24 to 99",
            ClaimantType.MEDIA),
        claim(Outcome.KILLED, VictimCategory.MILITANTS, 4, 4, Qualifier.EXACT, "four",
            ClaimantType.STATE_MILITARY)), List.of());
    assertThat(r.found()).isZero();
    assertThat(r.placesFound()).isZero();
    assertThat(ClaimEvaluation.byKind(r).keySet()).containsExactly(
        ClaimEvaluation.Kind.VICTIMS, ClaimEvaluation.Kind.OPEN_BOUND, ClaimEvaluation.Kind.EXTRA,
        ClaimEvaluation.Kind.PLACE);
  }
}
