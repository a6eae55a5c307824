package org.counterclaim.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A claim as the ledger lists it: its report, publication, what happened to how many of whom,
 * what the figure is of (incident, part, background), who claims it and who relayed it, the
 * sentence it came from, and the report's event places.
 */
@JsonPropertyOrder({"report", "published", "publisher", "outcome", "victims", "low", "high",
    "qualifier", "scope", "claimant", "claimantType", "relayedBy", "eventPlaces", "evidence"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record StoredClaim(
    String report,
    String published,
    String publisher,
    String outcome,
    String victims,
    long low,
    Long high,
    String qualifier,
    String scope,
    String claimant,
    String claimantType,
    String relayedBy,
    String eventPlaces,
    String evidence) {}
