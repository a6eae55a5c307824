package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();
  private final PlaceWords words = new PlaceWords(Vocabulary.shipped());
  private final OrganisationNames organisations = new OrganisationNames(gazetteer,
      new NameLookup(gazetteer), new Mentions(gazetteer, words), words);

  @Test
  void a_province_opening_an_organisation_name_is_an_incidental_mention() {
    Mention m = organisations.inOrganisationName(
        sentence("a Balochistan Liberation Army spokesman said"), 1);
    assertThat(m.text()).isEqualTo("Balochistan");
    assertThat(m.incidental()).isTrue();
    assertThat(m.candidates()).anyMatch(g -> g.precision() == Precision.PROVINCE);
  }

  @Test
  void a_name_without_an_organisation_after_it_is_left_alone() {
    assertThat(organisations.inOrganisationName(sentence("a Balochistan town was calm"), 1))
        .isNull();
  }
}
