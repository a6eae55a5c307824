package org.counterclaim.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger in a SQLite file. */
class SqliteLedgerTest extends LedgerTest {

  @Override
  LedgerConfig emptyLedger() {
    return LedgerConfig.of(dir.resolve("ledger.db").toString());
  }

  @Test
  void a_file_that_is_not_a_ledger_is_refused_with_one_line(@TempDir Path other)
      throws IOException {
    Path notADb = other.resolve("notes.db");
    Files.writeString(notADb, "these are my notes, not a database\n".repeat(100));
    assertThatThrownBy(() -> Ledger.open(LedgerConfig.of(notADb.toString())))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("jdbc:sqlite:" + notADb + ": cannot open the ledger: ")
        .hasMessageNotContaining("\n");
    assertThat(Files.readString(notADb)).startsWith("these are my notes");
  }
}
