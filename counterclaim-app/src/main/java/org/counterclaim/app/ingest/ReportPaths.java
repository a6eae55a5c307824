package org.counterclaim.app.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.core.read.AnyReports;
import org.counterclaim.core.read.FileNames;
import org.counterclaim.core.read.ReadResult;

/**
 * The report files a command is given: files as named, folders read recursively (links to files
 * are read, links to folders are not followed). What cannot be listed or read — a missing path, a
 * folder that cannot be opened, a FIFO, device or socket — is a problem of its own, and the rest
 * is still listed.
 */
public final class ReportPaths {

  /** The files to read, in a stable order, and the problems met while listing them. */
  public record Listing(List<Path> files, List<ReadResult.Problem> problems) {}

  private ReportPaths() {}

  /**
   * The report files under {@code paths}, and what could not be listed.
   *
   * @throws UserError when none of the paths exists (a mistyped command rather than a bad input)
   */
  public static Listing list(List<Path> paths) {
    if (!paths.isEmpty() && paths.stream().noneMatch(ReportPaths::exists)) {
      throw new UserError(FileNames.of(paths.get(0)) + ": no such file or folder");
    }
    List<Path> files = new ArrayList<>();
    List<ReadResult.Problem> problems = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        files.addAll(walk(p, problems));
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else if (!exists(p)) {
        problems.add(problem(p, "no such file or folder"));
      } else {
        problems.add(problem(p, "not a regular file (" + kind(p) + ")"));
      }
    }
    return new Listing(files, problems);
  }

  private static boolean exists(Path p) {
    return Files.exists(p) || Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static List<Path> walk(Path folder, List<ReadResult.Problem> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!AnyReports.reads(FileNames.of(file.getFileName()))) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isRegularFile() || Files.isRegularFile(file)) {
            found.add(file);
          } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
            problems.add(problem(file, "no such file (a link to nothing)"));
          } else if (!Files.isDirectory(file)) {
            problems.add(problem(file, "not a regular file (" + kind(file) + ")"));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(problem(file, e instanceof AccessDeniedException
              ? "cannot read: permission denied" : "cannot read: " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            problems.add(problem(dir, "cannot list the whole folder: " + e.getMessage()));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(problem(folder, "cannot list: " + e.getMessage()));
    }
    found.sort(Comparator.naturalOrder());
    return found;
  }

  private static ReadResult.Problem problem(Path p, String reason) {
    return new ReadResult.Problem(FileNames.of(p), reason);
  }

  /** What a file that is not a regular file or folder is: a FIFO, a device, a socket. */
  private static String kind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode");
      return switch (mode & 0170000) {
        case 0010000 -> "a FIFO";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "not a file of a kind it reads";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException
        | ClassCastException e) {
      return "a FIFO, device or socket";
    }
  }
}
