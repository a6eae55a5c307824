package org.counterclaim.store;

import java.time.LocalDate;

/**
 * Which stored claims (or quotes) to list: reports published from {@code since} to {@code until}
 * (inclusive), whose event places are in {@code country} (ISO code) or named {@code place} (a
 * town, district or province), made by a claimant whose name contains {@code actor}. Null fields
 * do not filter. Reports that are exact duplicates of others are never listed twice.
 */
public record ClaimFilter(LocalDate since, LocalDate until, String country, String place,
    String actor) {

  /** No filter: every claim. */
  public static ClaimFilter all() {
    return new ClaimFilter(null, null, null, null, null);
  }
}
