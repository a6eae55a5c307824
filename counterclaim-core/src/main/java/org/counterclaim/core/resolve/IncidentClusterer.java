package org.counterclaim.core.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Groups reports into incidents. Candidate pairs share a rare word or an event town within a few
 * days of each other; each is
 * scored ({@link PairEvidence}); pairs are then joined best first, the way an analyst would,
 * unless the join would put reports an analyst separated into one incident, stretch an incident's
 * event dates beyond the rules' window, or join groups whose reports are on average too unlike.
 * Reprints join their originals and analysts' merges are applied before anything else (an
 * analyst's separation overrides both). The result
 * depends only on the reports and corrections, not on their order.
 */
public final class IncidentClusterer {

  /** How many of a report's heaviest words are used to find candidates. */
  private static final int CANDIDATE_WORDS = 20;
  /** Words used by more than this share of the reports do not find candidates. */
  private static final double CANDIDATE_SHARE = 0.10;

  private final IncidentRules rules;
  private final ReportWords words;

  /** Groups by {@code rules}, comparing reports by their words ({@link ReportWords}). */
  public IncidentClusterer(IncidentRules rules, Vocabulary vocabulary) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.words = new ReportWords(Objects.requireNonNull(vocabulary, "vocabulary"));
  }

  /** The words by which this clusterer compares reports. */
  public ReportWords words() {
    return words;
  }

  /** Why two reports of one group were joined: by score, as a reprint, or by an analyst. */
  public record Link(String a, String b, String reason, PairEvidence evidence) {}

  /** One group of reports (keys in order) and the links that joined them. */
  public record ReportGroup(List<String> reports, List<Link> links) {}

  /** The incidents {@code reports} are about, given an analyst's {@code corrections}. */
  public List<ReportGroup> cluster(List<ReportProfile> reports, Corrections corrections) {
    return cluster(reports, corrections,
        DocumentFrequencies.of(reports.stream().map(ReportProfile::text).toList(), words));
  }

  /**
   * The incidents {@code reports} are about, their words weighed against {@code frequencies}: the
   * whole collection's, when these reports are a part of it grouped apart (one country's, on
   * one machine of several).
   */
  public List<ReportGroup> cluster(List<ReportProfile> reports, Corrections corrections,
      DocumentFrequencies frequencies) {
    List<ReportProfile> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(ReportProfile::key));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (index.put(sorted.get(i).key(), i) != null) {
        throw new IllegalArgumentException("report " + sorted.get(i).key() + " given twice");
      }
    }
    TermVectors vectors = TermVectors.of(sorted.stream().map(ReportProfile::text).toList(),
        words, frequencies);
    PairScorer scorer = new PairScorer(rules, sorted, vectors);
    Groups groups = new Groups(sorted, index, corrections.apart(), scorer);

    for (int i = 0; i < sorted.size(); i++) {
      String copy = sorted.get(i).copyOf();
      Integer original = copy == null ? null : index.get(copy);
      if (original == null) {
        continue;
      }
      Integer days = groups.evidence(original, i).days();
      if (days == null || days <= rules.windowDays()) {
        // a reprint repeats its original's event; near-identical texts of events further apart
        // are a formula (the same summary template), not a reprint
        groups.force(original, i, "reprint");
      }
    }
    for (Corrections.Pair p : corrections.together()) {
      if (index.containsKey(p.a()) && index.containsKey(p.b())) {
        groups.force(index.get(p.a()), index.get(p.b()), "merged by an analyst");
      }
    }
    List<Scored> edges = new ArrayList<>();
    for (long pair : candidates(sorted, vectors)) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      PairEvidence e = groups.evidence(i, j);
      if (e.veto() == null && e.score() >= rules.threshold()) {
        edges.add(new Scored(i, j, e));
      }
    }
    edges.sort(Comparator.comparingDouble((Scored s) -> -s.evidence().score())
        .thenComparingInt(Scored::i).thenComparingInt(Scored::j));
    for (Scored s : edges) {
      groups.join(s.i(), s.j(), s.evidence());
    }
    return groups.result();
  }

  private record Scored(int i, int j, PairEvidence evidence) {}

  /**
   * Pairs (i < j, packed in a long) that share a rare heavy word or an event town and whose dates
   * could be the same event's. Dated reports meet in buckets of days (each report in its own and
   * the next, so that reports within a bucket's length of each other always meet); a report
   * without any date meets every report that shares a word with it. No step compares every report
   * with every other.
   */
  private Set<Long> candidates(List<ReportProfile> reports, TermVectors vectors) {
    Map<String, List<Integer>> dated = new HashMap<>();
    Map<String, List<Integer>> all = new HashMap<>();
    List<Integer> undated = new ArrayList<>();
    List<Keys> keysOf = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      Keys keys = keys(reports.get(i), vectors.topTerms(i, CANDIDATE_WORDS, CANDIDATE_SHARE));
      keysOf.add(keys);
      for (String key : keys.plain()) {
        all.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (String key : keys.dated()) {
        dated.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      if (keys.undated()) {
        undated.add(i);
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<Integer> list : dated.values()) {
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          pairs.add(pack(list.get(x), list.get(y)));
        }
      }
    }
    for (int u : undated) {
      for (String key : keysOf.get(u).plain()) {
        for (int other : all.get(key)) {
          if (other != u) {
            pairs.add(pack(u, other));
          }
        }
      }
    }
    return new TreeSet<>(pairs);
  }

  /**
   * The keys by which a report meets its candidates: its heaviest rare words and event towns
   * ({@code plain}), the same within buckets of days ({@code dated}; empty for a report with no
   * date at all, which is {@code undated}). Two reports are candidates when they share a dated
   * key, or when one is undated and they share a plain key.
   */
  public record Keys(Set<String> plain, Set<String> dated, boolean undated)
      implements java.io.Serializable {}

  /** The keys of {@code report} among a collection of document {@code frequencies}. */
  public Keys keys(ReportProfile report, DocumentFrequencies frequencies) {
    return keys(report, TermVectors.of(List.of(report.text()), words, frequencies)
        .topTerms(0, CANDIDATE_WORDS, CANDIDATE_SHARE));
  }

  private Keys keys(ReportProfile r, List<String> topTerms) {
    Set<String> plain = new TreeSet<>(topTerms);
    for (EventPlace p : r.eventPlaces()) {
      if (p.geonameId() != null) {
        plain.add("#" + p.geonameId());
      }
    }
    LocalDate day = r.eventDate() != null ? r.eventDate() : r.published();
    Set<String> dated = new TreeSet<>();
    if (day != null) {
      long bucket = Math.floorDiv(day.toEpochDay(), rules.windowDays() + rules.publishedLagDays() + 1);
      for (String key : plain) {
        dated.add(key + "@" + bucket);
        dated.add(key + "@" + (bucket + 1));
      }
    }
    return new Keys(plain, dated, day == null);
  }

  /**
   * Whether two reports can be joined directly: not ruled out and scoring at least the
   * threshold, among a collection of document {@code frequencies}, or one a reprint of the other. Reports
   * that no chain of such pairs links are never in one incident, so they can be grouped apart.
   */
  public boolean linked(ReportProfile a, ReportProfile b, DocumentFrequencies frequencies) {
    if (a.key().equals(b.copyOf()) || b.key().equals(a.copyOf())) {
      return true;
    }
    List<ReportProfile> pair = List.of(a, b);
    PairEvidence e = new PairScorer(rules, pair,
        TermVectors.of(List.of(a.text(), b.text()), words, frequencies)).compare(0, 1);
    return e.veto() == null && e.score() >= rules.threshold();
  }

  private static long pack(int i, int j) {
    return ((long) Math.min(i, j) << 32) | Math.max(i, j);
  }

  /** Union-find over report indexes that keeps each group's members, dates and links. */
  private final class Groups {
    private final List<ReportProfile> reports;
    private final int[] parent;
    private final Map<Integer, List<Integer>> members = new HashMap<>();
    private final Map<Integer, List<Link>> links = new HashMap<>();
    private final Set<Long> apart = new HashSet<>();
    private final PairScorer scorer;
    private final Map<Long, PairEvidence> scored = new HashMap<>();

    Groups(List<ReportProfile> reports, Map<String, Integer> index, List<Corrections.Pair> apart,
        PairScorer scorer) {
      this.reports = reports;
      this.scorer = scorer;
      parent = new int[reports.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        members.put(i, new ArrayList<>(List.of(i)));
        links.put(i, new ArrayList<>());
      }
      for (Corrections.Pair p : apart) {
        Integer a = index.get(p.a());
        Integer b = index.get(p.b());
        if (a != null && b != null) {
          this.apart.add(pack(a, b));
        }
      }
    }

    PairEvidence evidence(int i, int j) {
      return scored.computeIfAbsent(pack(i, j), k -> scorer.compare(Math.min(i, j), Math.max(i, j)));
    }

    void force(int i, int j, String reason) {
      int a = find(i);
      int b = find(j);
      if (a != b && !separated(a, b)) {
        union(a, b, new Link(reports.get(i).key(), reports.get(j).key(), reason, null));
      }
    }

    void join(int i, int j, PairEvidence e) {
      int a = find(i);
      int b = find(j);
      if (a == b || separated(a, b) || !withinWindow(a, b) || average(a, b) < rules.averageThreshold()) {
        return;
      }
      union(a, b, new Link(reports.get(i).key(), reports.get(j).key(), "alike", e));
    }

    private boolean separated(int a, int b) {
      for (int x : members.get(a)) {
        for (int y : members.get(b)) {
          if (apart.contains(pack(x, y))) {
            return true;
          }
        }
      }
      return false;
    }

    private boolean withinWindow(int a, int b) {
      LocalDate first = null;
      LocalDate last = null;
      for (int group : new int[] {a, b}) {
        for (int x : members.get(group)) {
          LocalDate d = reports.get(x).eventDate();
          if (d != null) {
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
          }
        }
      }
      return first == null || !last.isAfter(first.plusDays(rules.windowDays()));
    }

    private double average(int a, int b) {
      double sum = 0;
      int n = 0;
      for (int x : members.get(a)) {
        for (int y : members.get(b)) {
          PairEvidence e = evidence(x, y);
          if (e.veto() != null) {
            return 0;
          }
          sum += e.score();
          n++;
        }
      }
      return sum / n;
    }

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    private void union(int a, int b, Link link) {
      int root = Math.min(a, b);
      int other = Math.max(a, b);
      parent[other] = root;
      members.get(root).addAll(members.remove(other));
      List<Link> joined = links.get(root);
      joined.addAll(links.remove(other));
      joined.add(link);
    }

    List<ReportGroup> result() {
      List<ReportGroup> out = new ArrayList<>();
      for (Map.Entry<Integer, List<Integer>> e : new TreeMap<>(members).entrySet()) {
        List<String> keys = e.getValue().stream().map(i -> reports.get(i).key()).sorted().toList();
        out.add(new ReportGroup(keys, List.copyOf(links.get(e.getKey()))));
      }
      return out;
    }

  }
}
