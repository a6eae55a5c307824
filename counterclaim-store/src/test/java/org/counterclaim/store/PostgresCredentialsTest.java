package org.counterclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.counterclaim.store.testkit.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test PostgreSQL server reached with the credentials of the environment, a password file or
 * ~/.pgpass, never with a password in the URL; a wrong password is not shown in the error.
 */
class PostgresCredentialsTest {

  @TempDir Path home;

  private final PostgresTestServer.Server server = PostgresTestServer.server();

  private static void opens(LedgerConfig config) {
    assertThat(config.url()).doesNotContain("password");
    try (Ledger ledger = Ledger.open(config)) {
      assertThat(ledger.count("reports")).isNotNegative();
    }
  }

  @Test
  void pguser_and_pgpassword_log_in() {
    opens(LedgerConfig.of(server.url(), PgEnvironment.of(Map.of("PGUSER", server.user(),
        "PGPASSWORD", server.password()), home), null));
  }

  @Test
  void the_pgpass_file_logs_in() throws Exception {
    Path pgpass = home.resolve(".pgpass");
    Files.writeString(pgpass, "*:*:*:" + server.user() + ":" + server.password() + "\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
    opens(LedgerConfig.of(server.url(), PgEnvironment.of(Map.of("PGUSER", server.user()), home),
        null));
  }

  @Test
  void a_password_file_logs_in() throws Exception {
    Path file = Files.writeString(home.resolve("password"), server.password() + "\n");
    opens(LedgerConfig.of(server.url() + "?user=" + server.user(), PgEnvironment.none(), file));
  }

  @Test
  void a_wrong_password_is_refused_without_showing_it() {
    String wrong = "Not-The-Password-7319";
    LedgerConfig config = LedgerConfig.of(server.url(), PgEnvironment.of(Map.of("PGUSER",
        server.user(), "PGPASSWORD", wrong), home), null);
    assertThatThrownBy(() -> Ledger.open(config)).isInstanceOf(LedgerException.class)
        .hasMessageContaining("cannot open the ledger")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong))
        .satisfies(e -> assertThat(String.valueOf(e.getCause())).doesNotContain(wrong));
  }
}
