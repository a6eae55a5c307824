package org.counterclaim.server.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.reconcile.Figures;
import org.junit.jupiter.api.Test;

/** ACLED's event types and actors, by the rules of docs/fields.md. */
class EventTypesTest {

  private static final EventTypes TYPES = EventTypes.load();

  private static Figures figure(Outcome outcome, VictimCategory victims) {
    return new Figures(outcome, victims, 3, 3, 3, false, "test", 1, 1, List.of());
  }

  @Test
  void a_cue_word_in_a_claims_sentence_tells_the_sub_event_type() {
    List<Figures> civilians = List.of(figure(Outcome.KILLED, VictimCategory.CIVILIANS));
    assertThat(TYPES.of(List.of("A suicide bomber blew himself up at the market."), civilians))
        .isEqualTo(SubEventType.SUICIDE_BOMB);
    assertThat(TYPES.of(List.of("A roadside BOMB struck the convoy."), civilians))
        .isEqualTo(SubEventType.REMOTE_EXPLOSIVE);
    assertThat(TYPES.of(List.of("Three died in a drone strike."), civilians))
        .isEqualTo(SubEventType.AIR_DRONE_STRIKE);
    assertThat(TYPES.of(List.of("The gun  battle lasted hours."), civilians))
        .isEqualTo(SubEventType.ARMED_CLASH);
    // the first cue of the list wins: a suicide blast is a suicide bomb, not an IED
    assertThat(TYPES.of(List.of("A blast hit the mosque.", "It was a suicide attack."),
        civilians)).isEqualTo(SubEventType.SUICIDE_BOMB);
    // whole words only: "bombay" is no bomb
    assertThat(TYPES.of(List.of("Gunmen from Bombay shot them."), civilians))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(SubEventType.SUICIDE_BOMB.eventType()).isEqualTo("Explosions/Remote violence");
  }

  @Test
  void without_a_cue_the_victims_tell_it_and_unknown_victims_tell_nothing() {
    List<String> plain = List.of("Gunmen killed them, police said.");
    assertThat(TYPES.of(plain, List.of(figure(Outcome.KILLED, VictimCategory.POLICE))))
        .isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(TYPES.of(plain, List.of(figure(Outcome.KILLED, VictimCategory.MILITANTS))))
        .isEqualTo(SubEventType.ARMED_CLASH);
    assertThat(TYPES.of(plain, List.of(figure(Outcome.INJURED, VictimCategory.CIVILIANS))))
        .isEqualTo(SubEventType.ATTACK);
    assertThat(TYPES.of(plain, List.of(figure(Outcome.ABDUCTED, VictimCategory.CIVILIANS))))
        .isEqualTo(SubEventType.ABDUCTION);
    assertThat(TYPES.of(plain, List.of(figure(Outcome.KILLED, VictimCategory.PEOPLE)))).isNull();
    assertThat(TYPES.of(plain, List.of())).isNull();
  }

  @Test
  void actors_are_actors_and_victim_groups_are_not() {
    assertThat(Actors.of(List.of("TTP", "JuA"), Set.of(VictimCategory.POLICE,
        VictimCategory.CIVILIANS), "Pakistan"))
        .isEqualTo(new Actors("TTP", "Police Forces of Pakistan", "JuA"));
    assertThat(Actors.of(List.of(), Set.of(VictimCategory.CIVILIANS), "Nigeria"))
        .isEqualTo(new Actors("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", null));
    assertThat(Actors.of(List.of("ISWAP"), Set.of(VictimCategory.MILITANTS), "Nigeria"))
        .isEqualTo(new Actors("Military Forces of Nigeria", "ISWAP", null));
    assertThat(Actors.of(List.of(), Set.of(VictimCategory.PEOPLE), null))
        .isEqualTo(new Actors(null, null, null));
    assertThat(Actors.of(List.of(), Set.of(VictimCategory.SECURITY_FORCES), null))
        .isEqualTo(new Actors("Unidentified Armed Group", "Military Forces", null));
  }

  @Test
  void a_country_code_gives_its_name_and_alpha_3_code() {
    assertThat(Country.of("PK")).isEqualTo(new Country("PK", "Pakistan", "PAK"));
    assertThat(Country.of("ML").iso3()).isEqualTo("MLI");
    assertThat(Country.of("no such")).isEqualTo(new Country("no such", null, null));
    assertThat(Country.of(null)).isNull();
  }
}
