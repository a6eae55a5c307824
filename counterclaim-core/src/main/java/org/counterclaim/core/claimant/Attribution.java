package org.counterclaim.core.claimant;

import java.util.List;

/**
 * Who a sentence attributes its statements to, and the outlet that relayed them ({@code relayedBy}
 * null when the text names none). A sentence that sets two voices against each other ("the
 * military said 52 militants were killed, while the BLA claimed 280 soldiers") also lists its
 * {@code clauses}, each with its own voice; it is empty when the sentence has one.
 */
public record Attribution(Claimant claimant, String relayedBy, List<Clause> clauses) {

  /** A stretch of a sentence's tokens, {@code from} inclusive to {@code to} exclusive, and its voice. */
  public record Clause(int from, int to, Attribution attribution) {}

  public Attribution {
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }

  /** A sentence's single voice. */
  public Attribution(Claimant claimant, String relayedBy) {
    this(claimant, relayedBy, List.of());
  }

  /** The voice of the statement at token {@code token}: its clause's, else the sentence's. */
  public Attribution at(int token) {
    for (Clause c : clauses) {
      if (token >= c.from() && token < c.to()) {
        return c.attribution();
      }
    }
    return this;
  }

  /** This voice without clauses, for a sentence that borrows it from another. */
  public Attribution alone() {
    return clauses.isEmpty() ? this : new Attribution(claimant, relayedBy);
  }
}
