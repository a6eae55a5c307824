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

  /** The test database, emptied: every table and the migration history dropped. */
  public static LedgerConfig emptyDatabase() {
    Properties p = new Properties();
    Path file = Path.of("target/postgres.properties");
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(file + " is missing: the build starts PostgreSQL with"
          + " scripts/postgres-for-tests.sh before the tests", e);
    }
    String url = p.getProperty("url") + "?user=" + p.getProperty("user") + "&password="
        + p.getProperty("password");
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA public CASCADE");
      st.execute("CREATE SCHEMA public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the test database: " + e.getMessage(), e);
    }
    return LedgerConfig.of(url);
  }
}
