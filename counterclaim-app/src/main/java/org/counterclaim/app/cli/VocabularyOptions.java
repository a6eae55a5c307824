package org.counterclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.vocabulary.Vocabulary;
import picocli.CommandLine.Option;

/**
 * The {@code --vocabulary} option of commands that group reports without extracting them (merge,
 * split, import), so that they compare reports by the same words as the ingest that stored them.
 */
public final class VocabularyOptions {

  @Option(
      names = "--vocabulary",
      paramLabel = "FOLDER",
      description = "A folder of vocabulary files (as given to ingest) whose entries extend the"
          + " shipped files; a line -phrase removes a shipped entry.")
  Path folder;

  /**
   * The vocabulary these options name: the shipped one, extended by {@code --vocabulary}.
   *
   * @throws UserError naming the folder or file and the reason when it is missing or bad
   */
  public Vocabulary vocabulary() {
    return read(folder);
  }

  /**
   * The shipped vocabulary extended by the files of {@code folder} (none when null).
   *
   * @throws UserError naming the folder or file and the reason when it is missing or bad
   */
  static Vocabulary read(Path folder) {
    existing(folder);
    try {
      return Vocabulary.of(folder);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /**
   * {@code folder} (null: none), once it is known to be a folder.
   *
   * @throws UserError naming it when it is no folder
   */
  static Path existing(Path folder) {
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UserError(folder + ": no such vocabulary folder");
    }
    return folder;
  }
}
