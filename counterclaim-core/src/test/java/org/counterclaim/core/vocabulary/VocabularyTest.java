package org.counterclaim.core.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyTest {

  @Test
  void every_shipped_file_opens_with_a_header_saying_what_it_holds() throws IOException {
    for (String name : Vocabulary.shipped().names()) {
      try (InputStream in = Vocabulary.class.getResourceAsStream("/org/counterclaim/core/" + name)) {
        assertThat(in).as(name).isNotNull();
        String first = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst()
            .orElse("");
        assertThat(first).as(name + " header").startsWith("# ").hasSizeGreaterThan(20);
      }
      assertThat(Vocabulary.shipped().entries(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void every_vocabulary_resource_is_in_the_index() throws IOException {
    Path root = Path.of("src/main/resources/org/counterclaim/core");
    try (var files = Files.walk(root)) {
      var names = files.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .filter(n -> n.endsWith(".txt") || n.endsWith(".tsv"))
          .filter(n -> !n.startsWith("vocabulary/"))
          .filter(n -> !GAZETTEER_DATA.contains(n))
          .toList();
      assertThat(Vocabulary.shipped().names()).containsAll(names);
    }
  }

  /** Place data the gazetteer reads (extended with --gazetteer), not vocabulary. */
  private static final java.util.Set<String> GAZETTEER_DATA =
      java.util.Set.of("place/districts.tsv", "place/regions.tsv", "place/place-aliases.tsv");

  @Test
  void a_user_file_adds_entries_and_removes_shipped_ones(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("casualty"));
    Files.writeString(dir.resolve("casualty/cue-words.txt"),
        "# my cues\nskirmish\n-toll\n");
    Vocabulary v = Vocabulary.shipped().extendedWith(dir);
    assertThat(v.words("casualty/cue-words.txt")).contains("skirmish", "dozen")
        .doesNotContain("toll");
    assertThat(Vocabulary.shipped().words("casualty/cue-words.txt")).contains("toll")
        .doesNotContain("skirmish");
    assertThat(v.entries("casualty/cue-words.txt"))
        .filteredOn(e -> e.key().equals("skirmish")).singleElement()
        .extracting(Vocabulary.Entry::where).asString().endsWith("cue-words.txt:2");
  }

  @Test
  void a_file_that_names_no_vocabulary_is_refused_with_its_name(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("triggers.tsv"), "shot\tkilled\tparticiple\n");
    assertThatThrownBy(() -> Vocabulary.shipped().extendedWith(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(dir.resolve("triggers.tsv") + ": not a vocabulary file")
        .hasMessageContaining("casualty/triggers.tsv");
  }

  @Test
  void an_entry_with_too_few_columns_is_named_by_file_and_line(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("casualty"));
    Files.writeString(dir.resolve("casualty/triggers.tsv"), "# mine\nshot\n");
    Vocabulary v = Vocabulary.shipped().extendedWith(dir);
    assertThatThrownBy(() -> v.table("casualty/triggers.tsv", cols -> cols.get(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve("casualty/triggers.tsv") + ":2: 1 column (separated by tabs),"
            + " fewer than this file's entries need");
  }

  @Test
  void a_bad_entry_is_named_by_file_and_line(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("casualty"));
    Files.writeString(dir.resolve("casualty/cue-words.txt"), "# mine\n\nbad\n");
    Vocabulary v = Vocabulary.shipped().extendedWith(dir);
    assertThatThrownBy(() -> v.table("casualty/cue-words.txt", cols -> {
      if (cols.get(0).equals("bad")) {
        throw new IllegalArgumentException("no value");
      }
      return 1;
    })).hasMessage(dir.resolve("casualty/cue-words.txt") + ":3: no value");
  }
}
