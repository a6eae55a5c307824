package org.counterclaim.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.claimant.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.testkit.Extractions;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped registry, user extensions, and how names match text. */
class ActorRegistryTest {

  @Test
  void the_shipped_registry_knows_the_parties_of_south_asia_the_middle_east_and_the_sahel() {
    ActorRegistry registry = Pipelines.registry();
    assertThat(registry.size()).isGreaterThan(200);
    assertThat(registry.lookup("Tehreek-e-Taliban Pakistan")).map(Actor::id).contains("ttp");
    assertThat(registry.lookup("Fitna al-Khawarij")).map(Actor::id).contains("ttp");
    assertThat(registry.lookup("Khorasan Chapter of the Islamic State")).map(Actor::id).contains("iskp");
    assertThat(registry.lookup("Boko Haram")).map(Actor::type).contains(ClaimantType.ARMED_GROUP);
    assertThat(registry.lookup("Inter-Services Public Relations")).map(Actor::id).contains("ispr");
  }

  @Test
  void capitalised_names_match_only_capitalised_text() {
    ReportExtraction e = Extractions.of("Troops moved in at dawn, Dawn reported.");
    assertThat(e.actors()).extracting(MentionedActor::name).containsExactly("Dawn");
    assertThat(e.actors().get(0).mentions()).hasSize(1);
  }

  @Test
  void acronyms_match_only_acronyms() {
    assertThat(Pipelines.registry().lookup("Is it true?")).isEmpty();
    assertThat(Pipelines.registry().lookup("IS claimed it")).map(Actor::id).contains("islamic-state");
  }

  @Test
  void a_group_outlet_speaks_for_its_group() {
    Actor amaq = Pipelines.registry().lookup("Amaq").orElseThrow();
    assertThat(amaq.type()).isEqualTo(ClaimantType.MEDIA);
    assertThat(Pipelines.registry().speakingType(amaq)).isEqualTo(ClaimantType.ARMED_GROUP);
  }

  @Test
  void a_user_file_adds_actors_and_replaces_entries_with_the_same_id(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, """
        - id: zarb-front
          name: Zarb Front
          type: armed_group
          country: PK
          aliases: [ZF]
        - id: dawn
          name: Dawn Newspaper
          type: media
        """);
    ActorRegistry extended = ActorRegistry.shipped().extendedWith(file);
    assertThat(extended.lookup("the ZF said")).map(Actor::name).contains("Zarb Front");
    assertThat(extended.byId("dawn")).map(Actor::name).contains("Dawn Newspaper");
    assertThat(extended.size()).isEqualTo(ActorRegistry.shipped().size() + 1);
  }

  @Test
  void a_malformed_user_file_is_rejected_naming_the_file(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "- id: x\n  name: X\n  type: warlord\n");
    assertThatThrownBy(() -> ActorRegistry.shipped().extendedWith(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file + ": not a valid actor list")
        .hasMessageContaining("warlord");
  }
}
