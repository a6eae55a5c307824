package org.counterclaim.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class ReportLanguageTest {

  private static final ReportLanguage LANGUAGE = new ReportLanguage(Vocabulary.shipped());

  @Test
  void every_golden_report_is_english() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
      files.filter(p -> p.toString().endsWith(".txt")).forEach(p -> {
        try {
          assertThat(LANGUAGE.of(Files.readString(p))).as(p.toString()).isEqualTo("en");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void reports_in_other_languages_are_told_by_their_function_words() {
    assertThat(LANGUAGE.of("Des hommes armés ont attaqué un poste de police à Djibo"
        + " dimanche soir, tuant sept gendarmes, selon des sources sécuritaires locales qui ont"
        + " requis l'anonymat.")).isEqualTo("fr");
    assertThat(LANGUAGE.of("Hombres armados atacaron una patrulla del ejército cerca de"
        + " Arauca el domingo y mataron a tres soldados, según informó la gobernación del"
        + " departamento.")).isEqualTo("es");
    assertThat(LANGUAGE.of("Bewaffnete haben am Sonntagabend eine Polizeiwache in der Stadt"
        + " angegriffen und sieben Polizisten getötet, wie die Behörden mitteilten; die Täter"
        + " sind nach dem Angriff mit einem Auto geflohen.")).isEqualTo("de");
    assertThat(LANGUAGE.of("کوئٹہ میں نامعلوم افراد کی فائرنگ سے سات پولیس اہلکار جاں"
        + " بحق ہو گئے، پولیس حکام کے مطابق حملہ آور موٹر سائیکل پر سوار تھے اور فرار ہو گئے"))
        .isEqualTo("ur");
    assertThat(LANGUAGE.of("Вооружённые люди напали на полицейский участок в воскресенье"
        + " вечером и убили семь полицейских, сообщили в полиции, что нападавшие скрылись на"
        + " машине.")).isEqualTo("ru");
  }

  @Test
  void scripts_of_one_language_are_told_by_the_script() {
    assertThat(LANGUAGE.of("무장 괴한들이 일요일 밤 경찰서를 공격해 경찰관 일곱 명이 숨졌다"))
        .isEqualTo("ko");
    assertThat(LANGUAGE.of("武装した男たちが日曜日の夜に警察署を襲撃した")).isEqualTo("ja");
    assertThat(LANGUAGE.of("武装分子周日晚上袭击了一个警察局")).isEqualTo("zh");
  }

  @Test
  void a_short_headline_is_taken_as_english_and_unknown_words_as_undetermined() {
    assertThat(LANGUAGE.of("Djibo: sept gendarmes tués")).isEqualTo("en");
    assertThat(LANGUAGE.of("Xorbu klant vemmo trasik pilno grava hunet sobri kanto wela"
        + " mirtu zanfo belko dranu")).isEqualTo("und");
  }
}
