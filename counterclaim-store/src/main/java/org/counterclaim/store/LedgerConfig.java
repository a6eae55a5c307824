package org.counterclaim.store;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the ledger lives: a JDBC URL ({@code jdbc:sqlite:counterclaim.db}, {@code
 * jdbc:postgresql://host/db}) with the user and password a server needs (null for SQLite). The
 * password is never part of the URL, so that the URL can be shown.
 */
public record LedgerConfig(String url, String user, String password) {

  /** The file the ledger uses when none is given. */
  public static final String DEFAULT_FILE = "counterclaim.db";

  private static final Pattern POSTGRES = Pattern.compile(
      "jdbc:postgresql:(?://(?<host>\\[[^]]*]|[^/:?]*)(?::(?<port>\\d+))?/?)?(?<db>[^?]*)"
          + "(?:\\?(?<params>.*))?");

  public LedgerConfig {
    Objects.requireNonNull(url, "url");
  }

  /**
   * A ledger at {@code target}: a JDBC URL as given, else the path of a SQLite file; a user and
   * password in the URL's parameters are taken out of it.
   */
  public static LedgerConfig of(String target) {
    return of(target, PgEnvironment.none(), null);
  }

  /**
   * A ledger at {@code target} (a JDBC URL, else a SQLite file) with PostgreSQL's credentials
   * found as PostgreSQL's own tools find them: the user from the URL, else {@code env}'s
   * ({@code PGUSER}, else the system's user); the password from {@code passwordFile}'s first
   * line when given, else the URL, else {@code PGPASSWORD}, else the password file ({@code
   * PGPASSFILE} or {@code ~/.pgpass}) line for the server, database and user.
   *
   * @throws LedgerException when {@code passwordFile} cannot be read
   */
  public static LedgerConfig of(String target, PgEnvironment env, Path passwordFile) {
    String t = target == null || target.isBlank() ? DEFAULT_FILE : target;
    if (!t.startsWith("jdbc:")) {
      return new LedgerConfig("jdbc:sqlite:" + t, null, null);
    }
    Matcher m = POSTGRES.matcher(t);
    if (Dialect.of(t) != Dialect.POSTGRESQL || !m.matches()) {
      return new LedgerConfig(t, null, null);
    }
    String user = null;
    String password = null;
    List<String> kept = new ArrayList<>();
    String params = m.group("params");
    for (String p : params == null ? new String[0] : params.split("&")) {
      String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
      String value = URLDecoder.decode(p.substring(name.length() + (p.contains("=") ? 1 : 0)),
          StandardCharsets.UTF_8);
      switch (name) {
        case "user" -> user = value;
        case "password" -> password = value;
        default -> kept.add(p);
      }
    }
    String url = t.substring(0, params == null ? t.length() : m.start("params") - 1)
        + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    user = user != null ? user : env.userOr(null);
    if (passwordFile != null) {
      password = firstLine(passwordFile);
    } else if (password == null && env.password() != null) {
      password = env.password();
    } else if (password == null) {
      String host = m.group("host") == null || m.group("host").isEmpty() ? "localhost"
          : m.group("host");
      int port = m.group("port") == null ? 5432 : Integer.parseInt(m.group("port"));
      String db = m.group("db").isEmpty() ? user : m.group("db");
      try {
        password = PgPassFile.password(env.passFile(), host, port, db, user);
      } catch (IOException e) {
        throw new LedgerException(env.passFile() + ": cannot read: " + e.getMessage(), e);
      }
    }
    return new LedgerConfig(url, user, password);
  }

  private static String firstLine(Path file) {
    try {
      return Files.readAllLines(file).stream().findFirst().orElse("").strip();
    } catch (java.nio.file.NoSuchFileException e) {
      throw new LedgerException(file + ": no such password file", e);
    } catch (IOException e) {
      throw new LedgerException(file + ": cannot read the password file: " + e.getMessage(), e);
    }
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

  @Override
  public String toString() {
    return "LedgerConfig[" + redactedUrl() + (user == null ? "" : ", user " + user)
        + (password == null ? "" : ", a password") + "]";
  }
}
