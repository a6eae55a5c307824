package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNamesTest {

  @Test
  void keys_fold_case_diacritics_apostrophes_and_punctuation() {
    assertThat(PlaceNames.key("Tillabéri")).isEqualTo("tillaberi");
    assertThat(PlaceNames.key("TILLABERI")).isEqualTo("tillaberi");
    assertThat(PlaceNames.key("Khuzdār")).isEqualTo("khuzdar");
    assertThat(PlaceNames.key("O'Fallon")).isEqualTo("ofallon");
    assertThat(PlaceNames.key("Deir ez-Zor")).isEqualTo("deir ez zor");
    assertThat(PlaceNames.key("D.I. Khan")).isEqualTo("d i khan");
    assertThat(PlaceNames.key("Şanlıurfa")).isEqualTo("sanliurfa");
    assertThat(PlaceNames.key("Karbalāʼ")).isEqualTo("karbala");
  }

  @Test
  void loose_keys_join_transliteration_variants() {
    assertThat(PlaceNames.loose("Noshki")).isEqualTo(PlaceNames.loose("Nushki"));
    assertThat(PlaceNames.loose("Gawadar")).isEqualTo(PlaceNames.loose("Gwadar"));
    assertThat(PlaceNames.loose("Qunduz")).isEqualTo(PlaceNames.loose("Kunduz"));
    assertThat(PlaceNames.loose("Deir al-Zour")).isEqualTo(PlaceNames.loose("Deir ez-Zor"));
    assertThat(PlaceNames.loose("Baluchistan")).isEqualTo(PlaceNames.loose("Balochistan"));
    assertThat(PlaceNames.loose("Khyber")).isEqualTo(PlaceNames.loose("Kyber"));
    assertThat(PlaceNames.loose("Ghazni")).isEqualTo(PlaceNames.loose("Gazni"));
    assertThat(PlaceNames.loose("Mooltan")).isEqualTo(PlaceNames.loose("Multan"));
    assertThat(PlaceNames.loose("Peeshawar")).isEqualTo(PlaceNames.loose("Peshawar"));
  }

  @Test
  void loose_keys_keep_different_names_apart() {
    assertThat(PlaceNames.loose("Kabul")).isNotEqualTo(PlaceNames.loose("Kalat"));
    assertThat(PlaceNames.loose("Quetta")).isNotEqualTo(PlaceNames.loose("Kohat"));
    assertThat(PlaceNames.loose("Bannu")).isNotEqualTo(PlaceNames.loose("Bunir"));
  }

  @Test
  void only_latin_script_names_are_latin() {
    assertThat(PlaceNames.isLatin("Nushki")).isTrue();
    assertThat(PlaceNames.isLatin("Ḩukūmat-e Nād ‘Alī")).isTrue();
    assertThat(PlaceNames.isLatin("نوشکی")).isFalse();
    assertThat(PlaceNames.isLatin("Гвадар")).isFalse();
  }

  @Test
  void similarity_is_one_minus_the_relative_edit_distance() {
    assertThat(NameSimilarity.similarity("noshki", "nushki")).isBetween(0.8, 0.9);
    assertThat(NameSimilarity.similarity("europe", "warrap")).isLessThan(0.5);
    assertThat(NameSimilarity.similarity("", "")).isEqualTo(1.0);
  }
}
