package org.counterclaim.app.cli;

import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.LedgerException;
import org.counterclaim.store.PgEnvironment;
import picocli.CommandLine.Option;

/** The option naming the ledger, shared by every command that reads or writes one. */
public final class LedgerOptions {

  @Option(names = "--db", paramLabel = "FILE|URL", defaultValue = LedgerConfig.DEFAULT_FILE,
      description = "The ledger: a SQLite file or a jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--db-password-file", paramLabel = "FILE",
      description = "A file whose first line is the PostgreSQL password (else PGPASSWORD, else"
          + " the line for the server in PGPASSFILE or ~/.pgpass; the user is the URL's, else"
          + " PGUSER). Keeps the password out of the process list.")
  java.nio.file.Path passwordFile;

  /** The ledger these options name, with PostgreSQL's credentials from the environment. */
  public LedgerConfig config() {
    try {
      return LedgerConfig.of(db, PgEnvironment.ofProcess(), passwordFile);
    } catch (LedgerException e) {
      throw new UserError(e.getMessage(), e);
    }
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
