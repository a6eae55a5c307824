package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each report's resolver, made from what all reports share. */
class SourceResolversTest {

  private static List<Source> sources(Vocabulary vocabulary, String text) {
    RoleVocabulary roles = new RoleVocabulary(vocabulary);
    ActorRegistry registry = ActorRegistry.shipped();
    SourceResolvers resolvers = new SourceResolvers(registry,
        new ClaimantClassifier(registry, vocabulary, roles), vocabulary);
    SourceFinder finder = new SourceFinder(vocabulary, roles);
    AnalyzedText analyzed = Pipelines.analyzer().analyze(text);
    SourceResolver resolver = resolvers.of(analyzed.text());
    List<Source> found = new ArrayList<>();
    for (Sentence s : analyzed.sentences()) {
      for (SourcePhrase p : finder.findAll(s, 0, s.tokens().size())) {
        found.add(resolver.resolve(s, p));
      }
      resolver.observe(s);
    }
    return found;
  }

  @Test
  void a_pronoun_points_back_to_the_person_named_before() {
    List<Source> found = sources(Vocabulary.shipped(), "Two shops burned down on the market"
        + " street, Mayor Jonas Brand said. He said the fire began in a bakery.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).name()).endsWith("Jonas Brand");
    assertThat(found.get(1).name()).isEqualTo(found.get(0).name());
    assertThat(found.get(1).mention().text()).isEqualTo("He");
  }

  @Test
  void an_unnamed_source_keeps_its_role_without_the_opening_article() {
    List<Source> found = sources(Vocabulary.shipped(),
        "Two shops burned down, a fire brigade official said.");
    assertThat(found).extracting(Source::name, Source::role, Source::type)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "fire brigade official",
            ClaimantType.OFFICIAL_UNNAMED));
  }

  @Test
  void a_pronoun_the_user_takes_out_points_back_to_nobody(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("claimant"));
    Files.writeString(dir.resolve("claimant/person-pronouns.txt"), "-he\n");
    Files.writeString(dir.resolve("claimant/speaker-pronouns.txt"), "-he\n");
    List<Source> found = sources(Vocabulary.shipped().extendedWith(dir), "Two shops burned"
        + " down on the market street, Mayor Jonas Brand said. He said the fire began in a"
        + " bakery.");
    assertThat(found.get(1)).isNull();
  }
}
