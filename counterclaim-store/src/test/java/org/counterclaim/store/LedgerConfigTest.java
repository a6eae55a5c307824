package org.counterclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a ledger's PostgreSQL credentials come from, as PostgreSQL's own tools find them. */
class LedgerConfigTest {

  @TempDir Path dir;

  private Path secret(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    return f;
  }

  @Test
  void a_file_path_is_a_sqlite_ledger_without_credentials() {
    LedgerConfig c = LedgerConfig.of("ledger.db", PgEnvironment.of(
        Map.of("PGUSER", "u", "PGPASSWORD", "p"), dir), null);
    assertThat(c).isEqualTo(new LedgerConfig("jdbc:sqlite:ledger.db", null, null));
  }

  @Test
  void credentials_in_the_url_are_taken_out_of_it() {
    LedgerConfig c = LedgerConfig.of(
        "jdbc:postgresql://db.example:5433/ledger?user=ana&password=s%26cret&ssl=true");
    assertThat(c.url()).isEqualTo("jdbc:postgresql://db.example:5433/ledger?ssl=true");
    assertThat(c.user()).isEqualTo("ana");
    assertThat(c.password()).isEqualTo("s&cret");
    assertThat(c.toString()).doesNotContain("s&cret");
  }

  @Test
  void pguser_and_pgpassword_are_used_when_the_url_has_none() {
    PgEnvironment env = PgEnvironment.of(Map.of("PGUSER", "ana", "PGPASSWORD", "from-env",
        "USER", "root"), dir);
    LedgerConfig c = LedgerConfig.of("jdbc:postgresql://localhost/ledger", env, null);
    assertThat(c).isEqualTo(new LedgerConfig("jdbc:postgresql://localhost/ledger", "ana",
        "from-env"));
    LedgerConfig url = LedgerConfig.of("jdbc:postgresql://localhost/ledger?user=bo&password=u",
        env, null);
    assertThat(url.user()).isEqualTo("bo");
    assertThat(url.password()).isEqualTo("u");
    assertThat(LedgerConfig.of("jdbc:postgresql://localhost/ledger",
        PgEnvironment.of(Map.of("USER", "root"), dir), null).user()).isEqualTo("root");
  }

  @Test
  void the_password_file_option_comes_first() throws Exception {
    Path file = secret("pw", "from-file\nignored\n");
    PgEnvironment env = PgEnvironment.of(Map.of("PGUSER", "ana", "PGPASSWORD", "env"), dir);
    assertThat(LedgerConfig.of("jdbc:postgresql://h/db?password=url", env, file).password())
        .isEqualTo("from-file");
    assertThatThrownBy(() -> LedgerConfig.of("jdbc:postgresql://h/db", env,
        dir.resolve("missing")))
        .isInstanceOf(LedgerException.class).hasMessageEndingWith("missing: no such password file");
  }

  @Test
  void pgpass_gives_the_first_matching_line_with_wildcards_and_escapes() throws Exception {
    Path pgpass = secret(".pgpass", "# comment\n"
        + "other:5432:db:ana:wrong\n"
        + "db.example:5433:ledger:ana:p\\:ss\\\\word\n"
        + "*:*:*:ana:fallback\n");
    PgEnvironment env = PgEnvironment.of(Map.of("PGUSER", "ana"), dir);
    assertThat(LedgerConfig.of("jdbc:postgresql://db.example:5433/ledger", env, null).password())
        .isEqualTo("p:ss\\word");
    assertThat(LedgerConfig.of("jdbc:postgresql://db.example/ledger", env, null).password())
        .isEqualTo("fallback");
    assertThat(LedgerConfig.of("jdbc:postgresql://db.example/ledger",
        PgEnvironment.of(Map.of("PGUSER", "bo"), dir), null).password()).isNull();
    // PGPASSFILE names another file
    Path elsewhere = secret("elsewhere", "*:*:*:*:there\n");
    assertThat(LedgerConfig.of("jdbc:postgresql://h/db", PgEnvironment.of(
        Map.of("PGUSER", "ana", "PGPASSFILE", elsewhere.toString()), dir), null).password())
        .isEqualTo("there");
  }

  @Test
  void a_pgpass_others_may_read_is_not_used() throws Exception {
    Path pgpass = secret(".pgpass", "*:*:*:*:open\n");
    Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
    assertThat(LedgerConfig.of("jdbc:postgresql://h/db",
        PgEnvironment.of(Map.of("PGUSER", "ana"), dir), null).password()).isNull();
  }
}
