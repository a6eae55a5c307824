package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerException;
import org.counterclaim.store.StoredQuote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim quotes}: the ledger's quotes and statements with their speakers, filtered
 * by publication date, country, place and speaker, as a table, CSV or JSON.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List the ledger's quotes and statements as a table, CSV or JSON.")
public final class QuotesCommand implements Callable<Integer> {

  private static final List<String> COLUMNS = List.of("report", "published", "publisher",
      "speaker", "role", "actor", "speaker_type", "direct", "text");

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin QueryOptions query;

  @Override
  public Integer call() {
    QueryOptions.Format f = query.format();
    List<StoredQuote> quotes;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      quotes = ledger.quotes(query.filter());
    } catch (LedgerException e) {
      throw new UserError(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case JSON -> Rows.json(out, quotes);
      case CSV -> Rows.csv(out, COLUMNS, quotes.stream().map(q -> java.util.Arrays.asList(
          q.report(), q.published(), q.publisher(), q.speaker(), q.role(), q.actor(),
          q.speakerType(), String.valueOf(q.direct()), q.text())).toList());
      default -> {
        out.printf("%-10s %-24s %-14s %s%n", "published", "speaker", "type", "words");
        for (StoredQuote q : quotes) {
          out.printf("%-10s %-24s %-14s %s%n", Rows.cell(q.published(), 10),
              Rows.cell(q.speaker() != null ? q.speaker() : q.role(), 24),
              Rows.cell(q.speakerType(), 14), Rows.cell(q.text(), 80));
        }
        out.printf("%d quotes%n", quotes.size());
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
