package org.counterclaim.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.Reconciled;

/**
 * Reconciles the claims of an incident into one {@link Figures} per victim group and outcome, by
 * the rules of docs/reconciliation.md: each claimant's latest figure counts and its earlier ones
 * stay as history; reprints and repetitions count once; the best estimate is the median of the
 * figures that do not serve their claimant, the low the lowest of those and the high the highest
 * of all; claimants of different sides who differ by more than {@link #CONTEST_FACTOR}, or a
 * party's denial (0) against another side's toll, make the figure contested.
 */
public final class IncidentReconciler {

  /** Figures of different sides that differ by more than this factor are contested. */
  public static final double CONTEST_FACTOR = 2.0;
  /** ... and by at least this many people (1 against 3 is not a dispute worth flagging). */
  public static final int CONTEST_MARGIN = 3;

  private IncidentReconciler() {}

  private record Key(VictimCategory victims, Outcome outcome) {}

  /**
   * The figures {@code claims} support, in victim-group then outcome order, each claimant
   * counted as the party {@code parties} says it speaks for.
   */
  public static List<Figures> reconcile(List<LedgerClaim> claims,
      Function<Claimant, Party> parties) {
    Map<Key, List<LedgerClaim>> groups = new TreeMap<>(
        Comparator.comparing(Key::outcome).thenComparing(Key::victims));
    for (LedgerClaim c : claims) {
      groups.computeIfAbsent(new Key(c.claim().victims(), c.claim().outcome()),
          k -> new ArrayList<>()).add(c);
    }
    List<Figures> out = new ArrayList<>();
    groups.forEach((key, list) -> out.add(figures(key, list, parties)));
    return out;
  }

  private static final Comparator<LedgerClaim> CHRONOLOGICAL = Comparator
      .comparing(LedgerClaim::published, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(LedgerClaim::reprint)
      .thenComparing(LedgerClaim::report)
      .thenComparingInt(c -> c.claim().evidence().start());

  private static Figures figures(Key key, List<LedgerClaim> claims,
      Function<Claimant, Party> parties) {
    List<LedgerClaim> ordered = new ArrayList<>(claims);
    ordered.sort(CHRONOLOGICAL);
    Map<String, List<LedgerClaim>> byClaimant = new LinkedHashMap<>();
    for (LedgerClaim c : ordered) {
      byClaimant.computeIfAbsent(identity(c, ordered, parties), k -> new ArrayList<>()).add(c);
    }
    Map<LedgerClaim, ClaimLine.Status> status = new LinkedHashMap<>();
    List<LedgerClaim> current = new ArrayList<>();
    for (List<LedgerClaim> history : byClaimant.values()) {
      LedgerClaim latest = latestFigure(history);
      for (LedgerClaim c : history) {
        ClaimLine.Status s = sameFigure(c.claim(), latest.claim())
            ? (c == latest ? ClaimLine.Status.CURRENT : ClaimLine.Status.RESTATED)
            : ClaimLine.Status.SUPERSEDED;
        status.put(c, s);
      }
      current.add(latest);
    }
    List<LedgerClaim> reliable = current.stream().filter(c -> !c.claim().selfInterested()).toList();
    List<LedgerClaim> basis = reliable.isEmpty() ? current : reliable;
    int low = basis.stream().mapToInt(c -> c.claim().count().low()).min().orElseThrow();
    List<Integer> bests = new ArrayList<>(basis.stream().map(c -> c.claim().count().best()).toList());
    bests.sort(Comparator.naturalOrder());
    // of two middle figures the higher: tolls rise as bodies are found, so the lower is more
    // often the stale one
    int best = bests.get(bests.size() / 2);
    Integer high = 0;
    for (LedgerClaim c : current) {
      Integer h = c.claim().count().high();
      if (h == null) {
        high = null;
        break;
      }
      high = Math.max(high, h);
    }
    Set<String> sources = new HashSet<>();
    for (LedgerClaim c : claims) {
      if (!c.reprint()) {
        sources.add(c.publisher() != null ? c.publisher() : c.report());
      }
    }
    List<ClaimLine> lines = ordered.stream()
        .map(c -> line(c, status.get(c), parties.apply(c.claim().claimant()))).toList();
    return new Figures(key.outcome(), key.victims(), low, best, high, contested(current),
        reliable.isEmpty() ? "party figures only" : "figures that do not serve their claimant",
        byClaimant.size(), sources.size(), lines);
  }

  /**
   * Who stands behind a claim: a named claimant by the party it speaks for ({@code parties}); an
   * unnamed official, a witness or the outlet itself by its words ("officials", case and a
   * leading article aside) and the outlet, so that two outlets' "officials" are two claimants. A
   * figure repeated in the same report — by the outlet in its headline, or by another voice of
   * the same kind ("police", "the district police officer") — belongs to whoever gave it first;
   * a reprinted figure to the claimant whose figure it repeats.
   */
  private static String identity(LedgerClaim c, List<LedgerClaim> all,
      Function<Claimant, Party> parties) {
    Claimant who = c.claim().claimant();
    for (LedgerClaim o : all) {
      if (o != c && o.report().equals(c.report()) && sameFigure(o.claim(), c.claim())
          && outletOwn(c) && !outletOwn(o)) {
        return identity(o, all, parties);
      }
    }
    for (LedgerClaim o : all) {
      if (o == c) {
        break;
      }
      if (o.report().equals(c.report()) && sameFigure(o.claim(), c.claim())
          && (outletOwn(c) ? outletOwn(o) : !outletOwn(o) && sameKind(o.claim().claimant(), who))) {
        return identity(o, all, parties);
      }
    }
    if (c.reprint()) {
      for (LedgerClaim o : all) {
        if (!o.reprint() && sameFigure(o.claim(), c.claim())
            && (outletOwn(c) || Objects.equals(o.claim().claimant(), who))) {
          return identity(o, all, parties);
        }
      }
    }
    boolean named = who != null && who.type() != ClaimantType.OFFICIAL_UNNAMED
        && who.type() != ClaimantType.WITNESS && !outletOwn(c);
    if (named) {
      return parties.apply(who).key();
    }
    String words = who == null ? ""
        : who.type().label() + ":" + ClaimantParties.normalised(who.name());
    return words + "@" + (c.publisher() != null ? c.publisher() : c.report());
  }

  /** Whether the figure is the relaying outlet's own (no claimant, or the outlet itself). */
  private static boolean outletOwn(LedgerClaim c) {
    Claimant who = c.claim().claimant();
    return who == null || (who.type() == ClaimantType.MEDIA
        && (c.publisher() == null || who.name().equalsIgnoreCase(c.publisher())));
  }

  private static boolean sameKind(Claimant a, Claimant b) {
    return a != null && b != null && a.type() == b.type();
  }

  /**
   * The claim that carries a claimant's current figure: the largest figure of its latest report
   * (a report that gives a total after a partial count means the total), as first given since
   * the claimant last gave a different one, by a voice rather than a headline.
   */
  private static LedgerClaim latestFigure(List<LedgerClaim> history) {
    String lastReport = history.get(history.size() - 1).report();
    LedgerClaim latest = null;
    for (LedgerClaim c : history) {
      if (c.report().equals(lastReport)
          && (latest == null || c.claim().count().best() > latest.claim().count().best())) {
        latest = c;
      }
    }
    int from = 0;
    for (int i = 0; i < history.size(); i++) {
      LedgerClaim c = history.get(i);
      if (!sameFigure(c.claim(), latest.claim()) && !c.report().equals(lastReport)) {
        from = i + 1;
      }
    }
    LedgerClaim first = null;
    for (LedgerClaim c : history.subList(from, history.size())) {
      if (sameFigure(c.claim(), latest.claim())) {
        if (!outletOwn(c)) {
          return c;
        }
        first = first == null ? c : first;
      }
    }
    return first != null ? first : latest;
  }

  private static boolean sameFigure(CasualtyClaim a, CasualtyClaim b) {
    return a.count().low() == b.count().low() && Objects.equals(a.count().high(), b.count().high());
  }

  /** Whether current figures of different sides differ by more than the contest factor. */
  private static boolean contested(List<LedgerClaim> current) {
    for (LedgerClaim a : current) {
      for (LedgerClaim b : current) {
        if (Side.of(a.claim().claimant()) == Side.of(b.claim().claimant())) {
          continue;
        }
        int x = a.claim().count().best();
        int y = b.claim().count().best();
        if (x > CONTEST_FACTOR * Math.max(1, y) && x - y >= CONTEST_MARGIN) {
          return true;
        }
        // a party that says none died, against another side's toll of one or more
        if (b.claim().count().qualifier() == Qualifier.DENIAL && x >= 1) {
          return true;
        }
      }
    }
    return false;
  }

  private static ClaimLine line(LedgerClaim c, ClaimLine.Status status, Party party) {
    CasualtyClaim k = c.claim();
    Claimant who = k.claimant();
    return new ClaimLine(c.report(), c.published(),
        c.publisher(), who == null ? null : who.name(), party == null ? null : party.name(),
        who == null ? null : who.type(),
        Side.of(who), k.relayedBy(), k.count().low(), k.count().high(), k.count().best(),
        k.count().text(), k.selfInterested(), status, k.evidence());
  }

  /**
   * The figures of a whole incident: those of claims about the whole, and for each group the sum
   * of its sites' figures where that is larger (or the only figure: a toll given town by town).
   */
  public static List<Figures> combine(List<Figures> whole, List<List<Figures>> sites) {
    Map<Key, Figures> byKey = new TreeMap<>(
        Comparator.comparing(Key::outcome).thenComparing(Key::victims));
    for (Figures f : whole) {
      byKey.put(new Key(f.victims(), f.outcome()), f);
    }
    Map<Key, List<Figures>> siteFigures = new LinkedHashMap<>();
    for (List<Figures> site : sites) {
      for (Figures f : site) {
        siteFigures.computeIfAbsent(new Key(f.victims(), f.outcome()), k -> new ArrayList<>())
            .add(f);
      }
    }
    siteFigures.forEach((key, list) -> {
      int low = 0;
      int best = 0;
      Integer high = 0;
      boolean contested = false;
      int claimants = 0;
      int sources = 0;
      for (Figures f : list) {
        low += f.low();
        best += f.best();
        high = high == null || f.high() == null ? null : high + f.high();
        contested |= f.contested();
        claimants = Math.max(claimants, f.claimants());
        sources = Math.max(sources, f.sources());
      }
      // the claims behind the figure: the sites' and the whole's, so that a figure is never
      // shown without the claims it stands on
      List<ClaimLine> lines = new ArrayList<>();
      Figures w = byKey.get(key);
      if (w != null) {
        lines.addAll(w.claims());
      }
      list.forEach(f -> lines.addAll(f.claims()));
      lines.sort(Comparator.comparing(ClaimLine::published,
          Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ClaimLine::report));
      if (w == null) {
        byKey.put(key, new Figures(key.outcome(), key.victims(), low, best, high, contested,
            "sum of its sites", claimants, sources, lines));
      } else {
        Integer h = w.high() == null || high == null ? null : Math.max(w.high(), high);
        byKey.put(key, new Figures(key.outcome(), key.victims(), Math.max(w.low(), low),
            Math.max(w.best(), best), h, w.contested() || contested, w.basis(),
            Math.max(w.claimants(), claimants), Math.max(w.sources(), sources), lines));
      }
    });
    return List.copyOf(byKey.values());
  }

  /**
   * The incident's total for {@code outcome} across victim groups, null when nothing was
   * claimed: specific groups add up (police counted within security forces, as reports
   * usually do: the larger of the two), and a toll that does not say who ("12 people") covers
   * them when it is larger.
   */
  public static Reconciled total(List<Figures> figures, Outcome outcome) {
    Map<VictimCategory, Reconciled> groups = new EnumMap<>(VictimCategory.class);
    for (Figures f : figures) {
      if (f.outcome() == outcome) {
        groups.put(f.victims(), f.reconciled());
      }
    }
    if (groups.isEmpty()) {
      return null;
    }
    Reconciled security = groups.get(VictimCategory.SECURITY_FORCES);
    Reconciled police = groups.get(VictimCategory.POLICE);
    Reconciled forces = security == null ? police : police == null ? security : security.max(police);
    Reconciled specific = null;
    for (Reconciled r : new Reconciled[] {forces, groups.get(VictimCategory.MILITANTS),
        groups.get(VictimCategory.CIVILIANS)}) {
      if (r != null) {
        specific = specific == null ? r : specific.plus(r);
      }
    }
    Reconciled people = groups.get(VictimCategory.PEOPLE);
    return people == null ? specific : specific == null ? people : people.max(specific);
  }

  /** Whether any figure for {@code outcome} is contested. */
  public static boolean contested(List<Figures> figures, Outcome outcome) {
    return figures.stream().anyMatch(f -> f.outcome() == outcome && f.contested());
  }
}
