package org.counterclaim.core.reconcile;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * How a claimant's figures compare with independent ones on the same incidents: for every
 * current figure of the claimant, the figure of the claimants on neither side (media counting
 * for themselves, witnesses, hospitals) for the same victim group and outcome, and their ratio.
 */
public final class CredibilityGap {

  private CredibilityGap() {}

  /**
   * One of the claimant's figures beside the independent one ({@code independent} and {@code
   * ratio} null when no independent claimant gave a figure).
   */
  @JsonPropertyOrder({"incident", "eventDate", "claimant", "party", "outcome", "victims",
      "claimed", "independent", "ratio", "report"})
  public record Row(String incident, @JsonInclude(JsonInclude.Include.ALWAYS) LocalDate eventDate,
      String claimant, @JsonInclude(JsonInclude.Include.ALWAYS) String party, Outcome outcome, VictimCategory victims, int claimed,
      @JsonInclude(JsonInclude.Include.ALWAYS) Integer independent,
      @JsonInclude(JsonInclude.Include.ALWAYS) Double ratio, String report) {}

  /** A month of rows: how many could be compared and the median ratio of those. */
  @JsonPropertyOrder({"month", "figures", "compared", "medianRatio", "claimed", "independent"})
  public record Month(String month, int figures, int compared,
      @JsonInclude(JsonInclude.Include.ALWAYS) Double medianRatio, int claimed, int independent) {}

  /** The gap of one claimant: its summary per month and every figure. */
  public record Gap(String actor, List<Month> months, List<Row> figures) {}

  /** The gap of the claimants whose name contains {@code actor} on {@code incidents}. */
  public static Gap of(List<Incident> incidents, String actor) {
    List<Row> rows = rows(incidents, actor);
    return new Gap(actor, byMonth(rows), rows);
  }

  /**
   * The rows of the claimants whose name or party's name contains {@code actor} (case ignored) on
   * {@code incidents} and their sites, by event date.
   */
  public static List<Row> rows(List<Incident> incidents, String actor) {
    String wanted = actor.toLowerCase(Locale.ROOT);
    List<Row> rows = new ArrayList<>();
    for (Incident top : incidents) {
      List<Incident> all = new ArrayList<>(List.of(top));
      all.addAll(top.children());
      for (Incident i : all) {
        for (Figures f : i.figures()) {
          List<Integer> independent = new ArrayList<>();
          for (ClaimLine c : f.claims()) {
            if (c.status() == ClaimLine.Status.CURRENT && c.side() == Side.INDEPENDENT
                && !matches(c, wanted)) {
              independent.add(c.best());
            }
          }
          independent.sort(Comparator.naturalOrder());
          Integer reference = independent.isEmpty() ? null
              : independent.get(independent.size() / 2);
          for (ClaimLine c : f.claims()) {
            if (c.status() == ClaimLine.Status.CURRENT && matches(c, wanted)) {
              Double ratio = reference == null ? null
                  : Math.round(100.0 * c.best() / Math.max(1, reference)) / 100.0;
              rows.add(new Row(i.id(), i.eventDate(), c.claimant(), c.party(), f.outcome(),
                  f.victims(), c.best(), reference, ratio, c.report()));
            }
          }
        }
      }
    }
    rows.sort(Comparator.comparing(Row::eventDate, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Row::incident));
    return rows;
  }

  /** Whether the claimant of {@code c}, as named or as the party it speaks for, has the words. */
  private static boolean matches(ClaimLine c, String wanted) {
    return c.claimant() != null && c.claimant().toLowerCase(Locale.ROOT).contains(wanted)
        || c.party() != null && c.party().toLowerCase(Locale.ROOT).contains(wanted);
  }

  /** The rows by month of the event (rows without a date are left out). */
  public static List<Month> byMonth(List<Row> rows) {
    Map<String, List<Row>> months = new TreeMap<>();
    for (Row r : rows) {
      if (r.eventDate() != null) {
        months.computeIfAbsent(YearMonth.from(r.eventDate()).toString(), k -> new ArrayList<>())
            .add(r);
      }
    }
    List<Month> out = new ArrayList<>();
    months.forEach((month, list) -> {
      List<Double> ratios = new ArrayList<>();
      int claimed = 0;
      int independent = 0;
      for (Row r : list) {
        if (r.ratio() != null) {
          ratios.add(r.ratio());
          claimed += r.claimed();
          independent += r.independent();
        }
      }
      ratios.sort(Comparator.naturalOrder());
      Double median = ratios.isEmpty() ? null : ratios.size() % 2 == 1
          ? ratios.get(ratios.size() / 2)
          : (ratios.get(ratios.size() / 2 - 1) + ratios.get(ratios.size() / 2)) / 2;
      out.add(new Month(month, list.size(), ratios.size(), median, claimed, independent));
    });
    return out;
  }
}
