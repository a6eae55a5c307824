package org.counterclaim.core.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.extract.ReportTotals;
import org.counterclaim.core.report.Report;

/**
 * Compares report totals with the casualty counts of a Global Terrorism Database extract (columns
 * eventid, date, summary, nkill, nkillter, nwound): exact matches of the best killed figure with
 * {@code nkill}, of the best injured figure with {@code nwound}, and of the killed figure without
 * militants with {@code nkill - nkillter}.
 *
 * <p>GTD splits one summary's toll over the related events it describes ("one of three related
 * attacks ... six assailants were killed across the three"): each event's row carries a share.
 * The <em>report-aligned</em> rates compare such a summary's total with the sum of its group's
 * rows, since a report states the whole, not GTD's shares.
 */
public final class CasualtyEvaluation {

  private static final Pattern MULTI_EVENT =
      Pattern.compile("one of (two|three|four|five|six|seven|eight|nine|ten|\\d+|several|multiple"
          + "|at least \\w+) (related|coordinated|simultaneous|separate|similar)|across (both|the|all)"
          + "|(related|coordinated|simultaneous) (attacks|assaults|incidents|events|raids)");

  /** One compared figure. */
  public record Miss(String eventId, String field, int expected, int extracted, String summary) {}

  /** Exact-match rate of one field. */
  public record Rate(String field, int rows, int exact) {
    /** The share of rows that match exactly. */
    public double share() {
      return rows == 0 ? 0 : exact / (double) rows;
    }
  }

  /** All figures of one run; {@code perpetrators} compares with {@code gname} where known. */
  public record Result(int incidents, List<Rate> strict, List<Rate> reportAligned, List<Miss> misses,
      double millisPerReport, Rate perpetrators) {}

  private record Row(String id, String summary, Integer nkill, Integer nkillter, Integer nwound,
      String groupKey, String gname) {}

  private record Extracted(int killed, int killedNotMilitants, int wounded, String perpetrator) {}

  private final Function<Report, ReportExtraction> extractor;
  private final Function<String, String> actorIdOf;

  /**
   * An evaluation of the given extraction function; {@code actorIdOf} maps a GTD group name to a
   * registry actor id (null when the registry does not know it).
   */
  public CasualtyEvaluation(Function<Report, ReportExtraction> extractor,
      Function<String, String> actorIdOf) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.actorIdOf = Objects.requireNonNull(actorIdOf, "actorIdOf");
  }

  /**
   * Runs the evaluation over {@code table}.
   *
   * @throws IllegalArgumentException naming the missing column when the table is not a GTD extract
   */
  public Result run(CsvTable table) {
    for (String c : List.of("eventid", "summary", "nkill", "nkillter", "nwound")) {
      if (!table.hasColumn(c)) {
        throw new IllegalArgumentException("not a GTD incident file: no '" + c + "' column");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      String summary = table.get(i, "summary");
      rows.add(new Row(table.get(i, "eventid"), summary, number(table.get(i, "nkill")),
          number(table.get(i, "nkillter")), number(table.get(i, "nwound")), groupKey(summary,
              table.hasColumn("date") ? table.get(i, "date") : ""),
          table.hasColumn("gname") ? table.get(i, "gname").strip() : ""));
    }
    Map<String, Extracted> byText = new LinkedHashMap<>();
    long start = System.nanoTime();
    for (Row r : rows) {
      byText.computeIfAbsent(r.summary(), s -> extract(r));
    }
    double millis = (System.nanoTime() - start) / 1e6 / Math.max(1, byText.size());

    Counter killed = new Counter("killed (nkill)");
    Counter wounded = new Counter("wounded (nwound)");
    Counter notMilitants = new Counter("killed, not perpetrators (nkill - nkillter)");
    Counter alignedKilled = new Counter("killed (nkill)");
    Counter alignedWounded = new Counter("wounded (nwound)");
    Counter perpetrators = new Counter("perpetrator group (gname, where known)");
    List<Miss> misses = new ArrayList<>();
    Map<String, int[]> groupSums = groupSums(rows);
    for (Row r : rows) {
      Extracted e = byText.get(r.summary());
      if (r.nkill() != null) {
        killed.add(e.killed() == r.nkill());
        alignedKilled.add(e.killed() == aligned(r, groupSums, 0, r.nkill()));
        if (e.killed() != r.nkill()) {
          misses.add(new Miss(r.id(), "nkill", r.nkill(), e.killed(), r.summary()));
        }
        if (r.nkillter() != null) {
          boolean right = e.killedNotMilitants() == r.nkill() - r.nkillter();
          notMilitants.add(right);
          if (!right && e.killed() == r.nkill()) {
            misses.add(new Miss(r.id(), "nkill - nkillter", r.nkill() - r.nkillter(),
                e.killedNotMilitants(), r.summary()));
          }
        }
      }
      if (!r.gname().isEmpty() && !r.gname().equalsIgnoreCase("Unknown")) {
        String want = actorIdOf.apply(r.gname());
        boolean right = want != null && want.equals(e.perpetrator());
        perpetrators.add(right);
        if (!right) {
          misses.add(new Miss(r.id(), "gname " + r.gname(), 1, 0, r.summary()));
        }
      }
      if (r.nwound() != null) {
        wounded.add(e.wounded() == r.nwound());
        alignedWounded.add(e.wounded() == aligned(r, groupSums, 1, r.nwound()));
        if (e.wounded() != r.nwound()) {
          misses.add(new Miss(r.id(), "nwound", r.nwound(), e.wounded(), r.summary()));
        }
      }
    }
    return new Result(rows.size(),
        List.of(killed.rate(), wounded.rate(), notMilitants.rate()),
        List.of(alignedKilled.rate(), alignedWounded.rate()), misses, millis, perpetrators.rate());
  }

  private Extracted extract(Row r) {
    ReportExtraction e = extractor.apply(new Report(r.id(), r.summary(), null, null));
    List<CasualtyClaim> notMilitants = e.claims().stream()
        .filter(c -> c.outcome() == Outcome.KILLED && c.victims() != VictimCategory.MILITANTS)
        .toList();
    Reconciled nm = ReportTotals.of(notMilitants).get(Outcome.KILLED);
    return new Extracted(best(e.totals().get(Outcome.KILLED)), nm == null ? 0 : nm.best(),
        best(e.totals().get(Outcome.INJURED)), perpetrator(e.responsibility()));
  }

  /** The actor that claimed the attack, else the one blamed for it; null when neither is known. */
  private static String perpetrator(List<Responsibility> responsibility) {
    for (Responsibility.Stance stance : List.of(Responsibility.Stance.CLAIMED, Responsibility.Stance.BLAMED)) {
      for (Responsibility r : responsibility) {
        if (r.stance() == stance && r.actor() != null) {
          return r.actor();
        }
      }
    }
    return null;
  }

  private static int best(Reconciled r) {
    return r == null ? 0 : r.best();
  }

  /** The sum of a multi-event group's rows, or the row's own figure. */
  private static int aligned(Row r, Map<String, int[]> sums, int index, int own) {
    if (r.groupKey() == null) {
      return own;
    }
    return sums.get(r.groupKey())[index];
  }

  private static Map<String, int[]> groupSums(List<Row> rows) {
    Map<String, int[]> sums = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.groupKey() != null) {
        int[] s = sums.computeIfAbsent(r.groupKey(), k -> new int[2]);
        s[0] += r.nkill() == null ? 0 : r.nkill();
        s[1] += r.nwound() == null ? 0 : r.nwound();
      }
    }
    return sums;
  }

  /**
   * Rows of one multi-event summary share the text after its first sentence (the first names the
   * event's own place) and the date; null for a single-event summary.
   */
  static String groupKey(String summary, String date) {
    String lower = summary.toLowerCase(Locale.ROOT);
    if (!MULTI_EVENT.matcher(lower).find()) {
      return null;
    }
    int firstStop = summary.indexOf(". ");
    String rest = firstStop < 0 ? summary : summary.substring(firstStop + 2);
    return date + "|" + rest.replaceAll("\\d+", "#");
  }

  private static Integer number(String s) {
    String t = s.strip();
    if (t.isEmpty()) {
      return null;
    }
    return (int) Double.parseDouble(t);
  }

  private static final class Counter {
    final String field;
    int rows;
    int exact;

    Counter(String field) {
      this.field = field;
    }

    void add(boolean match) {
      rows++;
      if (match) {
        exact++;
      }
    }

    Rate rate() {
      return new Rate(field, rows, exact);
    }
  }
}
