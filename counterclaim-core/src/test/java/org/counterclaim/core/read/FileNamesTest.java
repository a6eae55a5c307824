package org.counterclaim.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File names from their bytes: the same in every locale, and never two alike. */
class FileNamesTest {

  @TempDir Path dir;

  /**
   * Makes files whose names are these bytes (octal escapes for printf), with the shell: Java
   * cannot name a file that is not UTF-8, nor any non-ASCII file under the C locale.
   */
  static void touch(Path dir, String... printfNames) throws IOException, InterruptedException {
    for (String name : printfNames) {
      Process p = new ProcessBuilder("sh", "-c",
          "printf 'report of the day\\n' > \"$(printf '" + name + "')\"")
          .directory(dir.toFile()).inheritIO().start();
      assertThat(p.waitFor()).isZero();
    }
  }

  @Test
  void names_differing_only_in_non_ascii_letters_or_not_in_utf8_are_told_apart()
      throws Exception {
    touch(dir, "caf\\303\\251.txt", "caf\\303\\250.txt", "lat\\351.txt", "plain.txt",
        "back\\\\slash.txt");
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(f -> FileNames.of(dir.relativize(f))).sorted().toList();
    }
    assertThat(names).containsExactlyInAnyOrder("back\\\\slash.txt", "café.txt", "cafè.txt",
        "lat\\xE9.txt", "plain.txt");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(FileNames::of)).allMatch(n -> n.startsWith(FileNames.of(dir) + "/"));
    }
  }

  @Test
  void a_name_is_its_utf8_text_and_escapes_keep_names_apart() {
    assertThat(FileNames.name("reports/Kalat – 7.txt".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("reports/Kalat – 7.txt");
    byte[] latin1 = {'a', (byte) 0xe9};
    byte[] literal = "a\\xE9".getBytes(StandardCharsets.US_ASCII);
    assertThat(FileNames.name(latin1)).isEqualTo("a\\xE9");
    assertThat(FileNames.name(literal)).isEqualTo("a\\\\xE9");
    // overlong, surrogate and cut-off sequences are not UTF-8
    assertThat(FileNames.name(new byte[] {(byte) 0xc0, (byte) 0xaf})).isEqualTo("\\xC0\\xAF");
    assertThat(FileNames.name(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}))
        .isEqualTo("\\xED\\xA0\\x80");
    assertThat(FileNames.name(new byte[] {'x', (byte) 0xe2, (byte) 0x80})).isEqualTo("x\\xE2\\x80");
    assertThat(FileNames.of(Path.of("relative/plain.txt"))).isEqualTo("relative/plain.txt");
    assertThat(FileNames.of(Path.of("/abs/dir/é.txt"))).isEqualTo("/abs/dir/é.txt");
  }
}
