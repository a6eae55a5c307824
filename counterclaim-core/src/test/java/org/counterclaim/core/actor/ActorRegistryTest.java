package org.counterclaim.core.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void the_shipped_registry_knows_the_parties_of_every_region() {
    ActorRegistry registry = Pipelines.registry();
    assertThat(registry.size()).isGreaterThan(600);
    assertThat(registry.lookup("National Liberation Army")).map(Actor::id).contains("eln");
    assertThat(registry.lookup("Jalisco New Generation Cartel")).map(Actor::type)
        .contains(ClaimantType.ARMED_GROUP);
    assertThat(registry.lookup("New People's Army")).map(Actor::id).contains("npa");
    assertThat(registry.lookup("Barisan Revolusi Nasional")).map(Actor::type)
        .contains(ClaimantType.ARMED_GROUP);
    assertThat(registry.lookup("SPLA-IO")).map(Actor::id).contains("splm-io");
    assertThat(registry.lookup("the Kremlin")).map(Actor::type)
        .contains(ClaimantType.STATE_GOVERNMENT);
    assertThat(registry.lookup("Russian Defence Ministry")).map(Actor::type)
        .contains(ClaimantType.STATE_MILITARY);
    assertThat(registry.lookup("Kyauk Lone Gyi PDF")).map(Actor::id).contains("pdf-myanmar");
  }

  @Test
  void un_bodies_and_monitors_are_humanitarian_and_ambulance_services_medical() {
    ActorRegistry registry = Pipelines.registry();
    assertThat(registry.lookup("UNICEF")).map(Actor::type).contains(ClaimantType.HUMANITARIAN);
    assertThat(registry.lookup("ICRC")).map(Actor::type).contains(ClaimantType.HUMANITARIAN);
    assertThat(registry.lookup("Syrian Observatory for Human Rights")).map(Actor::type)
        .contains(ClaimantType.HUMANITARIAN);
    assertThat(registry.lookup("MONUSCO")).map(Actor::type).contains(ClaimantType.HUMANITARIAN);
    assertThat(registry.lookup("Palestine Red Crescent Society")).map(Actor::type)
        .contains(ClaimantType.MEDICAL);
    assertThat(registry.lookup("Sudan Doctors Network")).map(Actor::type)
        .contains(ClaimantType.MEDICAL);
  }

  @Test
  void every_parent_is_registered_and_every_name_belongs_to_one_actor() {
    ActorRegistry registry = Pipelines.registry();
    java.util.Map<String, String> owners = new java.util.HashMap<>();
    for (Actor a : registry.all()) {
      if (a.parent() != null) {
        assertThat(registry.byId(a.parent())).as(a.id() + "'s parent").isPresent();
      }
      for (String name : concat(a.name(), a.aliases())) {
        String other = owners.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), a.id());
        assertThat(other == null || other.equals(a.id())).as(name + " of " + a.id() + " and "
            + other).isTrue();
      }
    }
  }

  private static java.util.List<String> concat(String name, java.util.List<String> aliases) {
    java.util.List<String> all = new java.util.ArrayList<>(aliases);
    all.add(name);
    return all;
  }

  @Test
  void a_phrase_speaks_for_the_actor_it_names_not_for_a_possessor() {
    ActorRegistry registry = Pipelines.registry();
    assertThat(registry.allIn("NewsRescue (PRNigeria press release of the Nigerian Army)"))
        .extracting(Actor::id).containsExactly("prnigeria", "nigerian-army");
    java.util.List<org.counterclaim.core.nlp.Token> tokens = new java.util.ArrayList<>();
    int at = 0;
    for (String w : "Al-Qaeda 's Sahel branch , JNIM ,".split(" ")) {
      tokens.add(new org.counterclaim.core.nlp.Token(w, at, at + w.length(), "", "",
          org.counterclaim.core.nlp.EntityType.NONE));
      at += w.length() + 1;
    }
    assertThat(registry.firstIn(tokens).actor().id()).isEqualTo("al-qaeda");
    assertThat(registry.speakerIn(tokens).actor().id()).isEqualTo("jnim");
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
