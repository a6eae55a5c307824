package org.counterclaim.server.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.counterclaim.store.StoredClaim;

/**
 * Claims as analysts load them: CSV with the {@link ClaimColumn}s, one row a claim, joined to
 * the incidents export by {@code incident_id}. The command line and the API both write through
 * this class.
 */
public final class ClaimExport {

  private ClaimExport() {}

  /** The CSV header: the columns' names, in order. */
  public static List<String> header() {
    return Arrays.stream(ClaimColumn.values()).map(ClaimColumn::label).toList();
  }

  /** {@code claims} as CSV, one row each. */
  public static void csv(Appendable out, List<StoredClaim> claims) {
    List<List<?>> rows = new ArrayList<>();
    for (StoredClaim c : claims) {
      rows.add(Arrays.stream(ClaimColumn.values()).map(col -> value(c, col)).toList());
    }
    Csv.write(out, header(), rows);
  }

  /** The value of {@code column} for {@code c}, null when the ledger has none. */
  static Object value(StoredClaim c, ClaimColumn column) {
    return switch (column) {
      case INCIDENT_ID -> c.incidentId();
      case REPORT -> c.report();
      case PUBLISHED -> c.published() == null ? null : c.published().toString();
      case PUBLISHER -> c.publisher();
      case OUTCOME -> c.outcome() == null ? null : c.outcome().label();
      case VICTIMS -> c.victims() == null ? null : c.victims().label();
      case LOW -> c.low();
      case HIGH -> c.high();
      case HIGH_OPEN -> c.high() == null;
      case QUALIFIER -> c.qualifier() == null ? null : c.qualifier().label();
      case SCOPE -> c.scope() == null ? null : c.scope().label();
      case CLAIMANT -> c.claimant();
      case CLAIMANT_TYPE -> c.claimantType() == null ? null : c.claimantType().label();
      case RELAYED_BY -> c.relayedBy();
      case EVENT_PLACES -> c.eventPlaces().isEmpty() ? null : String.join("; ", c.eventPlaces());
      case EVIDENCE -> c.evidence();
    };
  }
}
