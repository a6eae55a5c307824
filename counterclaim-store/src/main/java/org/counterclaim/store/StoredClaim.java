package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.casualty.ClaimScope;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * A claim as the ledger lists it: the incident its report belongs to ({@code incidentId}, null
 * until reports are grouped), its report, publication, what happened to how many of whom,
 * what the figure is of (incident, part, background), who claims it and who relayed it, the
 * sentence it came from, and the report's event places (names, once each, in text order).
 */
@JsonPropertyOrder({"incidentId", "report", "published", "publisher", "outcome", "victims", "low", "high",
    "qualifier", "scope", "claimant", "claimantType", "relayedBy", "eventPlaces", "evidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredClaim(
    String incidentId,
    String report,
    LocalDate published,
    String publisher,
    Outcome outcome,
    VictimCategory victims,
    long low,
    Long high,
    Qualifier qualifier,
    ClaimScope scope,
    String claimant,
    ClaimantType claimantType,
    String relayedBy,
    List<String> eventPlaces,
    String evidence) {

  public StoredClaim {
    eventPlaces = List.copyOf(eventPlaces);
  }
}
