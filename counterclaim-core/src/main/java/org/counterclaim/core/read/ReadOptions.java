package org.counterclaim.core.read;

import java.time.LocalDate;

/**
 * How to read reports: the largest input accepted, in bytes (a file, or one JSONL line), and a
 * publication date and publisher that, when not null, replace whatever the input says.
 */
public record ReadOptions(long maxBytes, LocalDate published, String publisher) {

  /** The largest {@code maxBytes} allowed: the largest byte array a JVM can hold. */
  public static final long LIMIT = Integer.MAX_VALUE - 8;

  public ReadOptions {
    if (maxBytes < 1 || maxBytes > LIMIT) {
      throw new IllegalArgumentException(
          "maxBytes must be between 1 and " + LIMIT + ", not " + maxBytes);
    }
    publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
  }

  /** At most 5,000,000 bytes per input; date and publisher taken from the input. */
  public static ReadOptions defaults() {
    return new ReadOptions(5_000_000, null, null);
  }

  /** These options with another size limit. */
  public ReadOptions withMaxBytes(long bytes) {
    return new ReadOptions(bytes, published, publisher);
  }

  /** These options with the publication date of every report set to {@code date}. */
  public ReadOptions withPublished(LocalDate date) {
    return new ReadOptions(maxBytes, date, publisher);
  }

  /** These options with the publisher of every report set to {@code name}. */
  public ReadOptions withPublisher(String name) {
    return new ReadOptions(maxBytes, published, name);
  }
}
