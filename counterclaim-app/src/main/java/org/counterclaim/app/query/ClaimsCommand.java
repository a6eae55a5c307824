package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.store.ClaimFilter;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.LedgerException;
import org.counterclaim.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim claims}: the ledger's claims, filtered by publication date, country,
 * place and claimant, as a table, CSV or JSON.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "List the ledger's claims as a table, CSV or JSON.")
public final class ClaimsCommand implements Callable<Integer> {

  private static final List<String> COLUMNS = List.of("report", "published", "publisher",
      "outcome", "victims", "low", "high", "qualifier", "claimant", "claimant_type", "relayed_by",
      "event_places", "evidence");

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin QueryOptions query;

  @Override
  public Integer call() {
    QueryOptions.Format f = query.format();
    ClaimFilter filter = query.filter();
    LedgerConfig config = ledgerOptions.existing();
    List<StoredClaim> claims;
    try (Ledger ledger = Ledger.open(config)) {
      claims = ledger.claims(filter);
    } catch (LedgerException e) {
      throw new UserError(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case JSON -> Rows.json(out, claims);
      case CSV -> Rows.csv(out, COLUMNS, claims.stream().map(ClaimsCommand::row).toList());
      default -> table(out, claims);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<String> row(StoredClaim c) {
    return java.util.Arrays.asList(c.report(), c.published(), c.publisher(), c.outcome(),
        c.victims(), String.valueOf(c.low()), c.high() == null ? null : String.valueOf(c.high()),
        c.qualifier(), c.claimant(), c.claimantType(), c.relayedBy(), c.eventPlaces(),
        c.evidence());
  }

  /** A few columns lined up for reading in a terminal. */
  private static void table(PrintWriter out, List<StoredClaim> claims) {
    out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", "published", "outcome", "victims",
        "count", "claimant", "event places", "report");
    for (StoredClaim c : claims) {
      String count = c.high() == null ? c.low() + "+" : c.low() == c.high() ? String.valueOf(c.low())
          : c.low() + "-" + c.high();
      out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", Rows.cell(c.published(), 10),
          c.outcome(), c.victims(), count, Rows.cell(c.claimant(), 22),
          Rows.cell(c.eventPlaces(), 24), c.report());
    }
    out.printf("%d claims%n", claims.size());
  }
}
