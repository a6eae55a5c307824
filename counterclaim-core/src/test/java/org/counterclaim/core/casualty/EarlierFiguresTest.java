package org.counterclaim.core.casualty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Anaphoric phrases, built by hand: no sentence analysis needed. */
class EarlierFiguresTest {

  private final EarlierFigures earlier = CasualtyParts.earlierFigures();

  private static VictimPhrase counted(int n, String noun, VictimCategory category) {
    return new VictimPhrase(0, 2, CountRange.exactly(n, String.valueOf(n)), false, category, noun,
        false);
  }

  private static Link anaphoric(String words, VictimCategory category, Outcome outcome) {
    VictimPhrase p = new VictimPhrase(0, 2, new CountRange(0, 0, Qualifier.EXACT, words), false,
        category, words.substring(words.indexOf(' ') + 1), false, null, false, true);
    return new Link(p, outcome, category, 1);
  }

  @Test
  void the_hostages_take_the_number_of_those_abducted_before() {
    List<Link> before = List.of(
        new Link(counted(14, "pupils", VictimCategory.CIVILIANS), Outcome.ABDUCTED,
            VictimCategory.CIVILIANS, 0));
    Link resolved = earlier.resolve(anaphoric("the hostages", VictimCategory.PEOPLE,
        Outcome.KILLED), before);
    assertThat(resolved.phrase().count().low()).isEqualTo(14);
    assertThat(resolved.category()).isEqualTo(VictimCategory.CIVILIANS);
    assertThat(resolved.phrase().anaphoric()).isFalse();
  }

  @Test
  void figures_of_the_same_noun_in_one_sentence_are_added() {
    List<Link> before = List.of(
        new Link(counted(3, "soldiers", VictimCategory.SECURITY_FORCES), Outcome.INJURED,
            VictimCategory.SECURITY_FORCES, 0),
        new Link(counted(2, "soldiers", VictimCategory.SECURITY_FORCES), Outcome.INJURED,
            VictimCategory.SECURITY_FORCES, 0));
    Link resolved = earlier.resolve(anaphoric("the soldiers", VictimCategory.SECURITY_FORCES,
        Outcome.INJURED), before);
    assertThat(resolved.phrase().count().low()).isEqualTo(5);
  }

  @Test
  void nothing_named_before_resolves_nothing() {
    assertThat(earlier.resolve(anaphoric("the hostages", VictimCategory.PEOPLE, Outcome.KILLED),
        List.of())).isNull();
  }

  @Test
  void attackers_mentioned_with_a_count_give_the_assailants_their_number() {
    Link resolved = earlier.resolveToMention(
        anaphoric("the assailants", VictimCategory.MILITANTS, Outcome.KILLED),
        List.of(counted(3, "bombers", VictimCategory.MILITANTS)));
    assertThat(resolved.phrase().count().low()).isEqualTo(3);
  }
}
