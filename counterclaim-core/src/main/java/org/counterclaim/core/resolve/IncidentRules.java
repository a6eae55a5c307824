package org.counterclaim.core.resolve;

/**
 * The rules by which reports are joined into incidents (docs/reconciliation.md explains them):
 * two reports are compared when they share a rare word or an event place and their dates allow
 * it, scored by the cosine of their words plus bonuses for the same event date, place and armed
 * group, and joined when the score reaches {@code threshold} and the joined reports' scores
 * average at least {@code averageThreshold}.
 *
 * @param windowDays the most days between the event dates of one incident's reports
 * @param publishedLagDays how many days after its event a report without an event date may be
 *     published and still be compared by its publication date
 * @param threshold the score from which two reports are about the same incident
 * @param averageThreshold the average score two groups of reports need to join
 * @param sameDate bonus for the same event date
 * @param nextDay bonus for event dates a day apart (negative: a penalty, as short reports a day
 *     apart are more often about two events than one)
 * @param samePlace bonus for a shared event town
 * @param sameDistrict bonus for event places in the same district
 * @param sameProvince bonus for event places in the same province
 * @param sameGroup bonus for an armed group both name as the attackers
 * @param farApart penalty when all event places lie in different provinces
 * @param otherTowns penalty when both reports name event towns or districts and none is in the
 *     same district
 */
public record IncidentRules(int windowDays, int publishedLagDays, double threshold,
    double averageThreshold, double sameDate, double nextDay, double samePlace,
    double sameDistrict, double sameProvince, double sameGroup, double farApart,
    double otherTowns) {

  /** The rules the ledger uses unless told otherwise. */
  public static IncidentRules defaults() {
    return new IncidentRules(1, 7, 0.30, 0.20, 0.15, -0.10, 0.20, 0.10, 0.05, 0.05, 0.30, 0.15);
  }
}
