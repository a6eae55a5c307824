package org.counterclaim.core.casualty;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.report.Span;

/**
 * One figure of a report: what happened to how many of whom, what it is a figure of ({@code
 * scope}: the incident, a part of another figure, or background), who asserts it, who relayed
 * it, the sentence it came from and the places that sentence names ({@code places}: indexes into
 * the report's places). {@code claimant} is null when neither the text nor the report's publisher
 * tells who speaks; {@code relayedBy} is null when nobody relays someone else's claim.
 */
public record CasualtyClaim(
    Outcome outcome,
    VictimCategory victims,
    @JsonInclude(JsonInclude.Include.ALWAYS) String victimText,
    CountRange count,
    ClaimScope scope,
    @JsonInclude(JsonInclude.Include.ALWAYS) Claimant claimant,
    @JsonInclude(JsonInclude.Include.ALWAYS) String relayedBy,
    boolean selfInterested,
    Span evidence,
    List<Integer> places) {

  public CasualtyClaim {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(evidence, "evidence");
    // ledgers written before scopes were read hold incident figures only
    scope = scope == null ? ClaimScope.INCIDENT : scope;
    places = places == null ? List.of() : List.copyOf(places);
  }

  /** A figure of the incident, with the places of its sentence. */
  public CasualtyClaim(Outcome outcome, VictimCategory victims, String victimText,
      CountRange count, Claimant claimant, String relayedBy, boolean selfInterested,
      Span evidence, List<Integer> places) {
    this(outcome, victims, victimText, count, ClaimScope.INCIDENT, claimant, relayedBy,
        selfInterested, evidence, places);
  }

  /** A figure of the incident whose sentence names no place (yet). */
  public CasualtyClaim(Outcome outcome, VictimCategory victims, String victimText,
      CountRange count, Claimant claimant, String relayedBy, boolean selfInterested,
      Span evidence) {
    this(outcome, victims, victimText, count, claimant, relayedBy, selfInterested, evidence,
        List.of());
  }

  /** This claim as {@code claimant}'s, relayed by {@code relayedBy}. */
  public CasualtyClaim withClaimant(Claimant claimant, String relayedBy, boolean selfInterested) {
    return new CasualtyClaim(outcome, victims, victimText, count, scope, claimant, relayedBy,
        selfInterested, evidence, places);
  }

  /** This claim with the places of its sentence. */
  public CasualtyClaim withPlaces(List<Integer> placeIndexes) {
    return new CasualtyClaim(outcome, victims, victimText, count, scope, claimant, relayedBy,
        selfInterested, evidence, placeIndexes);
  }

  /** This claim of {@code other} victims ("11 dead" in a headline that restates 11 soldiers). */
  public CasualtyClaim withVictims(VictimCategory other) {
    return new CasualtyClaim(outcome, other, victimText, count, scope, claimant, relayedBy,
        selfInterested, evidence, places);
  }

  /** Whether this is a figure of the incident itself (not a part of one, nor background). */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean ofIncident() {
    return scope == ClaimScope.INCIDENT;
  }
}
