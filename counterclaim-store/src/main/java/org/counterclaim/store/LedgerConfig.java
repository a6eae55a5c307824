package org.counterclaim.store;

import java.util.Objects;

/**
 * Where the ledger lives: a JDBC URL ({@code jdbc:sqlite:counterclaim.db}, {@code
 * jdbc:postgresql://host/db}) with the user and password a server needs (null for SQLite).
 */
public record LedgerConfig(String url, String user, String password) {

  /** The file the ledger uses when none is given. */
  public static final String DEFAULT_FILE = "counterclaim.db";

  public LedgerConfig {
    Objects.requireNonNull(url, "url");
  }

  /** A ledger at {@code target}: a JDBC URL as given, else the path of a SQLite file. */
  public static LedgerConfig of(String target) {
    String t = target == null || target.isBlank() ? DEFAULT_FILE : target;
    return new LedgerConfig(t.startsWith("jdbc:") ? t : "jdbc:sqlite:" + t, null, null);
  }

  /** The URL with any password in it hidden, for messages. */
  public String redactedUrl() {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  /** The SQL the ledger at this URL speaks. */
  public Dialect dialect() {
    return Dialect.of(url);
  }

  /** True for a SQLite file. */
  public boolean isSqlite() {
    return dialect() == Dialect.SQLITE;
  }
}
