package org.counterclaim.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.counterclaim.core.place.Sentences.sentence;

import java.util.List;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;

class NameLookupTest {

  private final Gazetteer gazetteer = Pipelines.gazetteer();
  private final NameLookup lookup = new NameLookup(gazetteer);

  @Test
  void a_name_with_city_after_it_is_also_any_town_of_the_name() {
    List<Token> t = sentence("Dublin City Council met").tokens();
    List<GeoName> found = lookup.withTownOfName(t, 0, 2, gazetteer.named("Dublin City"));
    assertThat(found).hasSizeGreaterThan(gazetteer.named("Dublin City").size())
        .anyMatch(g -> g.country().equals("US"));
    List<Token> kansas = sentence("Kansas City police").tokens();
    assertThat(lookup.withTownOfName(kansas, 0, 2, gazetteer.named("Kansas City")))
        .isEqualTo(gazetteer.named("Kansas City"));
  }

  @Test
  void sees_a_name_that_goes_on_past_a_span() {
    List<Token> t = sentence("Dera Ismail Khan Police said").tokens();
    assertThat(lookup.longerName(t, 0, 1)).isTrue();
    assertThat(lookup.longerName(sentence("Quetta Police said").tokens(), 0, 1)).isFalse();
  }

  @Test
  void knows_the_words_that_name_a_country_or_province() {
    List<Token> t = sentence("Balochistan and Quetta").tokens();
    assertThat(lookup.isDivisionName(t.get(0))).isTrue();
    assertThat(lookup.isDivisionName(t.get(2))).isFalse();
  }
}
