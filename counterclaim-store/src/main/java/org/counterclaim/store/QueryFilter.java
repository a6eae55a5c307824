package org.counterclaim.store;

import java.time.Instant;
import java.time.LocalDate;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * Which stored claims, quotes or incidents to list: from {@code since} to {@code until}
 * (inclusive; claims and quotes by publication date, incidents by event date), with event places
 * in {@code country} (ISO code) or named {@code place} (a town, district or province), and an
 * {@code actor} whose name contains the given words (claimant, speaker, or for incidents also an
 * armed group held responsible). Claims and incidents are also chosen by a claim's {@code
 * outcome}, {@code victims} and {@code claimant} (its name, case ignored; for an incident, some
 * claim of its reports has all three that are given); incidents alone by whether they are
 * {@code contested}, by at least {@code minDeaths} best deaths, and by having changed at or after
 * {@code updatedSince}. Null fields do not filter. Reports that are exact duplicates of others are
 * never listed twice.
 */
public record QueryFilter(LocalDate since, LocalDate until, String country, String place,
    String actor, Outcome outcome, VictimCategory victims, String claimant, Boolean contested,
    Integer minDeaths, Instant updatedSince) {

  /** The filter of dates, places and actors alone. */
  public QueryFilter(LocalDate since, LocalDate until, String country, String place,
      String actor) {
    this(since, until, country, place, actor, null, null, null, null, null, null);
  }

  /** No filter: every claim. */
  public static QueryFilter all() {
    return new QueryFilter(null, null, null, null, null);
  }

  /** This filter also choosing by a claim's outcome, victims and claimant (null: any). */
  public QueryFilter withClaims(Outcome outcome, VictimCategory victims, String claimant) {
    return new QueryFilter(since, until, country, place, actor, outcome, victims, claimant,
        contested, minDeaths, updatedSince);
  }

  /**
   * This filter also choosing incidents by whether they are contested, their least best deaths
   * and the earliest time they last changed (null: any).
   */
  public QueryFilter withIncidents(Boolean contested, Integer minDeaths, Instant updatedSince) {
    return new QueryFilter(since, until, country, place, actor, outcome, victims, claimant,
        contested, minDeaths, updatedSince);
  }
}
