package org.counterclaim.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.store.testkit.PostgresTestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: {@code counterclaim bench ingest} stores a corpus in a new ledger and reports rate
 * and size. Only that it runs is checked; the figures belong in BENCHMARKS.md.
 */
class IngestBenchCommandTest {

  @Test
  void ingests_a_corpus_and_reports_rate_and_size(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Three soldiers were killed in Kech, officials said.");
    Files.writeString(dir.resolve("b.txt"), "Three soldiers were killed in Kech, officials said.");
    Cli.Run run = Cli.run("bench", "ingest", "--input", dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsPattern("ingest: 2 reports from .* = [0-9.]+ reports/s \\(1 new, 1 duplicates,"
            + " 0 near-copies\\)")
        .containsPattern("ledger: [0-9.]+ MB, [0-9.]+ MB per 10,000 reports \\(SQLite\\)");
  }

  @Test
  void measures_an_empty_postgresql_ledger_and_refuses_one_in_use(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Three soldiers were killed in Kech, officials said.");
    String url = PostgresTestServer.emptyDatabaseUrl();
    Cli.Run run = Cli.run("bench", "ingest", "--input", dir.toString(), "--db", url);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("(PostgreSQL)");
    Cli.Run again = Cli.run("bench", "ingest", "--input", dir.toString(), "--db", url);
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("not an empty ledger").doesNotContain("password=");
  }
}
