package org.counterclaim.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A PostgreSQL password file ({@code ~/.pgpass}): lines of {@code
 * host:port:database:user:password}, {@code *} matching anything, {@code \:} and {@code \\}
 * escaping; the first line that matches gives the password. As libpq does, a file that others
 * than its owner may read is not used.
 */
final class PgPassFile {

  private PgPassFile() {}

  /** The password {@code file} holds for the server and user, null when none (or no file). */
  static String password(Path file, String host, int port, String database, String user)
      throws IOException {
    if (file == null || !Files.isRegularFile(file) || readableByOthers(file)) {
      return null;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> f = fields(line);
      if (f.size() == 5 && matches(f.get(0), host) && matches(f.get(1), String.valueOf(port))
          && matches(f.get(2), database) && matches(f.get(3), user)) {
        return f.get(4);
      }
    }
    return null;
  }

  private static boolean readableByOthers(Path file) throws IOException {
    try {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
      return p.contains(PosixFilePermission.GROUP_READ)
          || p.contains(PosixFilePermission.OTHERS_READ);
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static boolean matches(String pattern, String value) {
    return pattern.equals("*") || pattern.equals(value);
  }

  /** The fields of a line, split at unescaped colons, escapes removed. */
  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':' && out.size() < 4) {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
