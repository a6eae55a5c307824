package org.counterclaim.app.cli;

import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Option;

/** The option naming the ledger, shared by every command that reads or writes one. */
public final class LedgerOptions {

  @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = LedgerConfig.DEFAULT_FILE,
      description = "The ledger: a SQLite file or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  /** The ledger these options name. */
  public LedgerConfig config() {
    return LedgerConfig.of(db);
  }

  /** The ledger these options name, which must exist already (a query has nothing to read). */
  public LedgerConfig existing() {
    LedgerConfig config = config();
    if (config.isSqlite() && !java.nio.file.Files.isRegularFile(
        java.nio.file.Path.of(config.url().substring("jdbc:sqlite:".length())))) {
      throw new UserError(shown() + ": no such ledger (run ingest first)");
    }
    return config;
  }

  /** The ledger as the user gave it, password hidden, for messages. */
  public String shown() {
    return config().redactedUrl().replaceFirst("^jdbc:sqlite:", "");
  }
}
