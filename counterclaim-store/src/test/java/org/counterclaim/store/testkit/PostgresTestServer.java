package org.counterclaim.store.testkit;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.counterclaim.store.LedgerConfig;

/**
 * The PostgreSQL server the build starts for the tests (scripts/postgres-for-tests.sh writes
 * target/postgres.properties in each module that runs it).
 */
public final class PostgresTestServer {

  private PostgresTestServer() {}

  /** How to reach the test server: its URL (no credentials in it), user and password. */
  public record Server(String url, String user, String password) {}

  /** The test server the build started. */
  public static Server server() {
    Properties p = new Properties();
    Path file = Path.of("target/postgres.properties");
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(file + " is missing: the build starts PostgreSQL with"
          + " scripts/postgres-for-tests.sh before the tests", e);
    }
    return new Server(p.getProperty("url"), p.getProperty("user"), p.getProperty("password"));
  }

  /**
   * The test database, emptied, as a URL with the user and password in it (the way a user may
   * still give them, taken out of the URL by {@link LedgerConfig#of(String)}).
   */
  public static String emptyDatabaseUrl() {
    LedgerConfig c = emptyDatabase();
    return c.url() + "?user=" + c.user() + "&password=" + c.password();
  }

  /** The test database, emptied: every table and the migration history dropped. */
  public static LedgerConfig emptyDatabase() {
    Server server = server();
    try (Connection c = DriverManager.getConnection(server.url(), server.user(),
        server.password()); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
    }
    return new LedgerConfig(server.url(), server.user(), server.password());
  }
}
