package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.counterclaim.server.export.Csv;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.StoredQuote;
import picocli.CommandLine.Command;

/**
 * {@code counterclaim quotes}: the ledger's quotes and statements with their speakers, filtered
 * by publication date, country, place and speaker, as a table, CSV or JSON.
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "List the ledger's quotes and statements as a table, CSV or JSON.")
public final class QuotesCommand extends QueryCommand<StoredQuote> {

  @Override
  List<StoredQuote> rows(Ledger ledger, QueryFilter filter) {
    return ledger.quotes(filter);
  }

  @Override
  void csv(PrintWriter out, List<StoredQuote> quotes) {
    Csv.write(out, List.of("report", "published", "publisher", "speaker", "role", "actor",
        "speaker_type", "direct", "text"), quotes.stream().map(q -> Arrays.asList(q.report(),
        Rows.text(q.published()), q.publisher(), q.speaker(), q.role(), q.actor(),
        Rows.text(q.speakerType()), q.direct(), q.text())).toList());
  }

  @Override
  void table(PrintWriter out, List<StoredQuote> quotes) {
    out.printf("%-10s %-24s %-14s %s%n", "published", "speaker", "type", "words");
    for (StoredQuote q : quotes) {
      out.printf("%-10s %-24s %-14s %s%n", Rows.cell(q.published(), 10),
          Rows.cell(q.speaker() != null ? q.speaker() : q.role(), 24),
          Rows.cell(q.speakerType(), 14), Rows.cell(q.text(), 80));
    }
    out.printf("%d quotes%n", quotes.size());
  }
}
