package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import org.counterclaim.server.export.ClaimExport;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.StoredClaim;
import picocli.CommandLine.Command;

/**
 * {@code counterclaim claims}: the ledger's claims, filtered by publication date, country,
 * place and claimant, as a table, CSV (the columns of docs/fields.md, the API's download alike)
 * or JSON.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "List the ledger's claims as a table, CSV or JSON.")
public final class ClaimsCommand extends QueryCommand<StoredClaim> {

  @Override
  List<StoredClaim> rows(Ledger ledger, QueryFilter filter) {
    return ledger.claims(filter);
  }

  @Override
  void csv(PrintWriter out, List<StoredClaim> claims) {
    ClaimExport.csv(out, claims);
  }

  @Override
  void table(PrintWriter out, List<StoredClaim> claims) {
    out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", "published", "outcome", "victims",
        "count", "claimant", "event places", "report");
    for (StoredClaim c : claims) {
      String count = c.high() == null ? c.low() + "+"
          : c.low() == c.high() ? String.valueOf(c.low()) : c.low() + "-" + c.high();
      out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", Rows.cell(c.published(), 10),
          Rows.text(c.outcome()), Rows.text(c.victims()), count, Rows.cell(c.claimant(), 22),
          Rows.cell(c.eventPlaces(), 24), c.report());
    }
    out.printf("%d claims%n", claims.size());
  }
}
