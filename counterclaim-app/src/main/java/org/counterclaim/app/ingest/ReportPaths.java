package org.counterclaim.app.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.core.read.AnyReports;

/** The report files a command is given: files as named, folders read recursively. */
public final class ReportPaths {

  private ReportPaths() {}

  /**
   * The report files under {@code paths}, in a stable order.
   *
   * @throws UserError naming a path that does not exist or a folder that cannot be listed
   */
  public static List<Path> list(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> AnyReports.reads(f.getFileName().toString())).sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UserError(p + ": cannot list: " + e.getMessage(), e);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new UserError(p + ": no such file or folder");
      }
    }
    return out;
  }
}
