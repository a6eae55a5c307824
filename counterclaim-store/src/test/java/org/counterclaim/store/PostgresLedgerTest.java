package org.counterclaim.store;

import org.counterclaim.store.testkit.PostgresTestServer;

/** The ledger on the PostgreSQL server the build starts for the tests. */
class PostgresLedgerTest extends LedgerTest {

  @Override
  LedgerConfig emptyLedger() {
    return PostgresTestServer.emptyDatabase();
  }
}
