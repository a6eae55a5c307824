package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers of sources, built once from one vocabulary. */
class SourceReadersTest {

  @Test
  void the_cues_read_the_reporting_words_of_the_vocabulary_they_are_built_from(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("claimant"));
    Files.writeString(dir.resolve("claimant/reporting-words.txt"), "grumbled\n-said\n");
    SourceReaders shipped = SourceReaders.of(Vocabulary.shipped(), ActorRegistry.shipped());
    SourceReaders mine = SourceReaders.of(Vocabulary.shipped().extendedWith(dir),
        ActorRegistry.shipped());
    List<String> grumbled = List.of("the", "mayor", "grumbled");
    assertThat(shipped.cues().wantsDeepAnalysis(grumbled)).isFalse();
    assertThat(mine.cues().wantsDeepAnalysis(grumbled)).isTrue();
    assertThat(shipped.finder().isCueWord("said")).isTrue();
    assertThat(mine.finder().isCueWord("said")).isFalse();
  }
}
