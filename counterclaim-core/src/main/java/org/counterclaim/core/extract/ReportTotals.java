package org.counterclaim.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;

/**
 * Reconciles a report's claims into one {@code {low, best, high}} per outcome, by the rule in
 * docs/json-format.md: different victim groups add up, competing claimants of the same group do
 * not; a claimant's restatement of a figure counts once; an unspecified toll ("12 people") covers
 * the specific groups it may include.
 */
public final class ReportTotals {

  private ReportTotals() {}

  /**
   * Totals per outcome, in outcome order, for the outcomes that have claims of the incident (parts
   * of a figure and background figures do not count).
   */
  public static Map<Outcome, Reconciled> of(List<CasualtyClaim> claims) {
    Map<Outcome, Reconciled> totals = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      List<CasualtyClaim> forOutcome =
          claims.stream().filter(c -> c.outcome() == o && c.ofIncident()).toList();
      if (!forOutcome.isEmpty()) {
        totals.put(o, total(forOutcome));
      }
    }
    return totals;
  }

  private enum Group { SPECIFIC, PEOPLE_ADDED, PEOPLE_SUMMARY }

  private record Figure(Reconciled value, boolean selfInterested) {}

  private static Reconciled total(List<CasualtyClaim> claims) {
    // claimant -> sentence -> claims
    Map<String, Map<Integer, List<CasualtyClaim>>> byClaimant = new LinkedHashMap<>();
    for (CasualtyClaim c : claims) {
      byClaimant
          .computeIfAbsent(key(c.claimant()), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.evidence().start(), k -> new ArrayList<>())
          .add(c);
    }
    // (category or people group) -> one figure per claimant
    Map<String, List<Figure>> figures = new LinkedHashMap<>();
    for (Map<Integer, List<CasualtyClaim>> sentences : byClaimant.values()) {
      Map<String, Figure> best = new LinkedHashMap<>();
      for (List<CasualtyClaim> sentence : sentences.values()) {
        boolean hasSpecific = sentence.stream().anyMatch(c -> c.victims() != VictimCategory.PEOPLE);
        Map<String, Figure> sums = new LinkedHashMap<>();
        for (CasualtyClaim c : sentence) {
          String group = groupOf(c.victims(), hasSpecific);
          Figure f = new Figure(point(c.count()), c.selfInterested());
          sums.merge(group, f, (a, b) -> new Figure(a.value().plus(b.value()),
              a.selfInterested() || b.selfInterested()));
        }
        sums.forEach((group, f) -> best.merge(group, f,
            (a, b) -> b.value().best() > a.value().best() ? b : a));
      }
      best.forEach((group, f) -> figures.computeIfAbsent(group, k -> new ArrayList<>()).add(f));
    }
    Reconciled specific = null;
    Reconciled summary = null;
    for (Map.Entry<String, List<Figure>> e : figures.entrySet()) {
      Reconciled r = acrossClaimants(e.getValue());
      if (e.getKey().equals(Group.PEOPLE_SUMMARY.name())) {
        summary = r;
      } else {
        specific = specific == null ? r : specific.plus(r);
      }
    }
    if (summary == null) {
      return specific;
    }
    return specific == null ? summary : summary.max(specific);
  }

  private static String groupOf(VictimCategory victims, boolean sentenceHasSpecific) {
    if (victims != VictimCategory.PEOPLE) {
      return victims.name();
    }
    return sentenceHasSpecific ? Group.PEOPLE_ADDED.name() : Group.PEOPLE_SUMMARY.name();
  }

  private static String key(Claimant c) {
    return c == null ? "" : c.type().label() + ":" + c.name();
  }

  private static Reconciled point(CountRange r) {
    return new Reconciled(r.low(), r.best(), r.high());
  }

  /**
   * Competing claimants' figures for one group: the lowest low, the highest high (open if any is
   * open), and as best the median of the figures of claimants who are not parties claiming their
   * enemy's losses, or of all figures when every claimant is such a party.
   */
  private static Reconciled acrossClaimants(List<Figure> figures) {
    Objects.requireNonNull(figures);
    int low = figures.stream().mapToInt(f -> f.value().low()).min().orElseThrow();
    Integer high = 0;
    for (Figure f : figures) {
      if (f.value().high() == null) {
        high = null;
        break;
      }
      high = Math.max(high, f.value().high());
    }
    List<Figure> independent = figures.stream().filter(f -> !f.selfInterested()).toList();
    List<Integer> bests = new ArrayList<>(
        (independent.isEmpty() ? figures : independent).stream().map(f -> f.value().best()).toList());
    bests.sort(Comparator.naturalOrder());
    int best = bests.get((bests.size() - 1) / 2);
    return new Reconciled(low, best, high);
  }
}
