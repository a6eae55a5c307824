package org.counterclaim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

  @Test
  void the_defaults_accept_five_million_bytes_and_take_metadata_from_the_input() {
    assertThat(ReadOptions.defaults()).isEqualTo(new ReadOptions(5_000_000, null, null));
  }

  @Test
  void a_blank_publisher_means_none() {
    assertThat(ReadOptions.defaults().withPublisher("  ").publisher()).isNull();
    assertThat(ReadOptions.defaults().withPublisher(" Radio Varn ").publisher())
        .isEqualTo("Radio Varn");
  }

  @Test
  void each_wither_changes_only_its_own_field() {
    ReadOptions options =
        ReadOptions.defaults()
            .withMaxBytes(10)
            .withPublished(LocalDate.of(2030, 1, 1))
            .withPublisher("Post");

    assertThat(options).isEqualTo(new ReadOptions(10, LocalDate.of(2030, 1, 1), "Post"));
  }

  @Test
  void a_size_limit_below_one_byte_or_beyond_an_array_is_refused() {
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> ReadOptions.defaults().withMaxBytes(ReadOptions.LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
