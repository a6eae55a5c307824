package org.counterclaim.app.resolve;

import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.app.cli.VocabularyOptions;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim split ID --reports KEY,…}: an analyst's correction that some reports of an
 * incident are about another one; kept by their reports, so it survives re-ingest.
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = "Move reports of an incident into an incident of their own (the correction"
        + " survives re-ingest).")
public final class SplitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin VocabularyOptions vocabularyOptions;

  @Parameters(paramLabel = "ID", description = "The incident to split.")
  String id;

  @Option(names = "--reports", required = true, split = ",", paramLabel = "KEY",
      description = "The reports (ids as `incident ID` lists them) to move out, comma-separated.")
  List<String> reports;

  @Override
  public Integer call() {
    IncidentGrouping grouping = IncidentGrouping.of(vocabularyOptions.vocabulary());
    String created;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      created = ledger.incidents().split(id, reports, grouping);
    }
    spec.commandLine().getOut().printf("split %d report%s off %s into %s%n", reports.size(),
        reports.size() == 1 ? "" : "s", id, created);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
