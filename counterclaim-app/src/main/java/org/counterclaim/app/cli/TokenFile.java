package org.counterclaim.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A bearer token kept in a file, as {@code serve} and {@code extract --server} read it. */
public final class TokenFile {

  private TokenFile() {}

  /**
   * The token on the first line of {@code file}.
   *
   * @throws UserError naming the file when it is missing, unreadable or holds a token shorter
   *     than 16 characters
   */
  public static String read(Path file) {
    try {
      String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
      if (first.length() < 16) {
        throw new UserError(file + ": the token must be at least 16 characters on the"
            + " first line");
      }
      return first;
    } catch (NoSuchFileException e) {
      throw new UserError(file + ": no such token file", e);
    } catch (IOException e) {
      throw new UserError(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
