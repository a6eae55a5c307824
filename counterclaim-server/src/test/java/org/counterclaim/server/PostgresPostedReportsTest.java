package org.counterclaim.server;

import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.testkit.PostgresTestServer;

/** Posted reports stored in the PostgreSQL server the build starts for the tests. */
class PostgresPostedReportsTest extends PostedReportsTest {

  @Override
  LedgerConfig emptyLedger() {
    return PostgresTestServer.emptyDatabase();
  }
}
