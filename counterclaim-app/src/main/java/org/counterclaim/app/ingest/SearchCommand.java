package org.counterclaim.app.ingest;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code counterclaim search WORDS…}: the ledger's reports that have all the words. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Find the ledger's reports that have all the given words.")
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "WORD", arity = "1..*", description = "Words every report must have.")
  List<String> words;

  @Mixin LedgerOptions ledgerOptions;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
      description = "Show at most N reports (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() {
    LedgerConfig config = ledgerOptions.existing();
    if (limit < 1) {
      throw new UserError("--limit must be at least 1");
    }
    List<Ledger.Hit> hits;
    try (Ledger ledger = Ledger.open(config)) {
      hits = ledger.search(String.join(" ", words), limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    for (Ledger.Hit h : hits) {
      // a report in another language is kept, not read: say so beside it
      out.println(h.reportKey() + (h.language().equals("en") ? "" : " [" + h.language()
          + ", not read]") + ": " + h.excerpt());
    }
    out.flush();
    return hits.isEmpty() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }
}
