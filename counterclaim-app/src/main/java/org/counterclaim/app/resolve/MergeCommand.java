package org.counterclaim.app.resolve;

import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.app.cli.VocabularyOptions;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim merge ID ID}: an analyst's correction that two incidents are one; kept by
 * their reports, so it survives re-ingest.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = "Join two incidents into one (the correction survives re-ingest).")
public final class MergeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin VocabularyOptions vocabularyOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "An incident.")
  String first;

  @Parameters(index = "1", paramLabel = "ID", description = "The incident to join with it.")
  String second;

  @Override
  public Integer call() {
    if (first.equals(second)) {
      throw new UserError("merge needs two different incidents, not " + first + " twice");
    }
    IncidentGrouping grouping = IncidentGrouping.of(vocabularyOptions.vocabulary());
    String joined;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      joined = ledger.incidents().merge(first, second, grouping);
    }
    spec.commandLine().getOut().printf("merged %s and %s into %s%n", first, second, joined);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
