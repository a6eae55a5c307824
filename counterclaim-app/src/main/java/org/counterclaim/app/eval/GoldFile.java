package org.counterclaim.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.counterclaim.app.cli.UserError;

/** Opens an evaluation's gold file, turning every failure into a one-line error naming it. */
final class GoldFile {

  /** What reads the opened file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(BufferedReader in) throws IOException;
  }

  private GoldFile() {}

  /** The result of {@code reader} on {@code gold}. */
  static <T> T read(Path gold, Reader<T> reader) {
    try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
      return reader.read(in);
    } catch (NoSuchFileException e) {
      throw new UserError(gold + ": no such file", e);
    } catch (IOException e) {
      throw new UserError(gold + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UserError(gold + ": " + e.getMessage(), e);
    }
  }
}
