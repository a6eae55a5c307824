package org.counterclaim.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * What PostgreSQL's own tools read from the environment to log in, and the ledger reads the
 * same way: the user ({@code PGUSER}), the password ({@code PGPASSWORD}) and the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}). Null fields are not set.
 */
public record PgEnvironment(String user, String password, Path passFile) {

  /** The user to log in as: this one, else {@code fallback} (the operating system's user). */
  String userOr(String fallback) {
    return user != null ? user : fallback;
  }

  /** Nothing set: no user, no password, no password file. */
  public static PgEnvironment none() {
    return new PgEnvironment(null, null, null);
  }

  /** Read from {@code env} (variables by name) and the user's {@code home} folder. */
  public static PgEnvironment of(Map<String, String> env, Path home) {
    String file = blankIsNull(env.get("PGPASSFILE"));
    // libpq logs in as the operating system's user when PGUSER is not set
    String user = blankIsNull(env.get("PGUSER"));
    return new PgEnvironment(user != null ? user : blankIsNull(env.get("USER")),
        blankIsNull(env.get("PGPASSWORD")),
        file != null ? Path.of(file) : home == null ? null : home.resolve(".pgpass"));
  }

  /** This process's environment and home folder: the one place the ledger reads them. */
  public static PgEnvironment ofProcess() {
    return of(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  private static String blankIsNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
