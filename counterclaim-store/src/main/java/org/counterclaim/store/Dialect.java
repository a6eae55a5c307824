package org.counterclaim.store;

/** The SQL a ledger speaks: where its migrations are and which statements differ. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The dialect of a JDBC URL: SQLite for {@code jdbc:sqlite:}, PostgreSQL otherwise. */
  public static Dialect of(String url) {
    return url.startsWith("jdbc:sqlite:") ? SQLITE : POSTGRESQL;
  }

  /** The Flyway location of this dialect's own migrations (the common ones are shared). */
  String migrations() {
    return "classpath:db/migration/" + folder;
  }
}
