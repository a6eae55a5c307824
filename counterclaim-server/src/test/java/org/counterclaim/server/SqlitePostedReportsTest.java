package org.counterclaim.server;

import java.nio.file.Path;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.io.TempDir;

/** Posted reports stored in a SQLite ledger. */
class SqlitePostedReportsTest extends PostedReportsTest {

  @TempDir Path dir;

  @Override
  LedgerConfig emptyLedger() {
    return LedgerConfig.of(dir.resolve("posted.db").toString());
  }
}
