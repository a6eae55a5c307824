package org.counterclaim.store;

import java.util.ArrayList;
import java.util.List;

/** The conditions a filter puts on one claim: its outcome, victims and claimant. */
final class ClaimConditions {

  private ClaimConditions() {}

  /**
   * Appends {@code filter}'s outcome, victims and claimant conditions on claims {@code c} (each
   * as {@code AND …}); answers their arguments in order.
   */
  static List<Object> append(QueryFilter filter, String c, StringBuilder sql) {
    List<Object> args = new ArrayList<>();
    if (filter.outcome() != null) {
      sql.append(" AND ").append(c).append(".outcome = ?");
      args.add(filter.outcome().label());
    }
    if (filter.victims() != null) {
      sql.append(" AND ").append(c).append(".victims = ?");
      args.add(filter.victims().label());
    }
    if (filter.claimant() != null) {
      sql.append(" AND LOWER(").append(c).append(".claimant) = LOWER(?)");
      args.add(filter.claimant());
    }
    return args;
  }
}
