package org.counterclaim.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextHashesTest {

  @Test
  void the_digest_and_its_prefix_are_hex_of_the_utf8_bytes() {
    // the standard test vector for "abc"
    assertThat(TextHashes.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(TextHashes.sha256("abc", 6)).isEqualTo("ba7816bf8f01");
    assertThat(TextHashes.sha256("café")).isNotEqualTo(TextHashes.sha256("cafe"));
  }
}
