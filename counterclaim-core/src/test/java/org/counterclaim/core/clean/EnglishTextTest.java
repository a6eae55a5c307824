package org.counterclaim.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class EnglishTextTest {

  private static final EnglishText ENGLISH = new EnglishText(Vocabulary.shipped());

  @Test
  void every_golden_report_is_english() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      files.filter(p -> p.toString().endsWith(".txt")).forEach(p -> {
        try {
          assertThat(ENGLISH.isEnglish(Files.readString(p))).as(p.toString()).isTrue();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void reports_in_other_languages_are_not() {
    assertThat(ENGLISH.isEnglish("Des hommes armés ont attaqué un poste de police à Djibo"
        + " dimanche soir, tuant sept gendarmes, selon des sources sécuritaires locales qui ont"
        + " requis l'anonymat.")).isFalse();
    assertThat(ENGLISH.isEnglish("Hombres armados atacaron una patrulla del ejército cerca de"
        + " Arauca el domingo y mataron a tres soldados, según informó la gobernación del"
        + " departamento.")).isFalse();
    assertThat(ENGLISH.isEnglish("کوئٹہ میں نامعلوم افراد کی فائرنگ سے سات پولیس اہلکار جاں"
        + " بحق ہو گئے، پولیس حکام کے مطابق حملہ آور موٹر سائیکل پر سوار تھے اور فرار ہو گئے"))
        .isFalse();
  }

  @Test
  void a_short_headline_is_taken_as_english() {
    assertThat(ENGLISH.isEnglish("Djibo: sept gendarmes tués")).isTrue();
  }
}
