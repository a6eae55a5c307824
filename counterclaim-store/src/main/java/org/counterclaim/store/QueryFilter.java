package org.counterclaim.store;

import java.time.LocalDate;

/**
 * Which stored claims, quotes or incidents to list: from {@code since} to {@code until}
 * (inclusive; claims and quotes by publication date, incidents by event date), with event places
 * in {@code country} (ISO code) or named {@code place} (a town, district or province), and an
 * {@code actor} whose name contains the given words (claimant, speaker, or for incidents also an
 * armed group held responsible). Null fields do not filter. Reports that are exact duplicates of
 * others are never listed twice.
 */
public record QueryFilter(LocalDate since, LocalDate until, String country, String place,
    String actor) {

  /** No filter: every claim. */
  public static QueryFilter all() {
    return new QueryFilter(null, null, null, null, null);
  }
}
