package org.counterclaim.core.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Precision;

/** Scores how likely two reports are about one incident, by {@link IncidentRules}. */
final class PairScorer {

  private final IncidentRules rules;
  private final List<ReportProfile> reports;
  private final TermVectors words;

  PairScorer(IncidentRules rules, List<ReportProfile> reports, TermVectors words) {
    this.rules = rules;
    this.reports = reports;
    this.words = words;
  }

  /** The evidence that reports {@code i} and {@code j} are about one incident. */
  PairEvidence compare(int i, int j) {
    ReportProfile a = reports.get(i);
    ReportProfile b = reports.get(j);
    double text = words.cosine(i, j);
    double score = text;
    String veto = null;
    Integer days = null;
    if (a.eventDate() != null && b.eventDate() != null) {
      days = (int) Math.abs(ChronoUnit.DAYS.between(a.eventDate(), b.eventDate()));
      if (days > rules.windowDays()) {
        veto = "event dates " + days + " days apart";
      } else if (days == 0) {
        score += rules.sameDate();
      } else if (days == 1) {
        score += rules.nextDay();
      }
    } else if (!datesAllow(a, b) || !datesAllow(b, a)) {
      veto = "published too far from the other's event";
    }
    String place = sharedTown(a, b);
    String division = null;
    boolean farApart = false;
    boolean otherTowns = false;
    if (place != null) {
      score += rules.samePlace();
    } else if (located(a) && located(b)) {
      // a place the gazetteer does not know ("the village of X") tells nothing of distance
      if (!finePlaces(a).isEmpty() && !finePlaces(b).isEmpty()
          && java.util.Collections.disjoint(finePlaces(a), finePlaces(b))) {
        otherTowns = true;
        score -= rules.otherTowns();
      }
      if (!shareCountry(a, b)) {
        veto = veto != null ? veto : "event places in different countries";
      } else if ((division = sharedDivision(a, b, true)) != null) {
        score += rules.sameDistrict();
      } else if ((division = sharedDivision(a, b, false)) != null) {
        score += rules.sameProvince();
      } else {
        farApart = true;
        score -= rules.farApart();
      }
    }
    List<String> groups = new ArrayList<>(a.armedGroups());
    groups.retainAll(b.armedGroups());
    if (!groups.isEmpty()) {
      score += rules.sameGroup();
    }
    return new PairEvidence(text, days, place, division, otherTowns, groups, farApart, veto,
        veto != null ? 0 : score);
  }

  /**
   * Whether {@code a}'s event date (or, lacking one, its publication date) is within the rules'
   * reach of {@code b}'s publication date.
   */
  private boolean datesAllow(ReportProfile a, ReportProfile b) {
    LocalDate when = a.eventDate() != null ? a.eventDate() : a.published();
    if (when == null || b.published() == null) {
      return true;
    }
    long lag = ChronoUnit.DAYS.between(when, b.published());
    int slack = a.eventDate() != null ? 0 : rules.publishedLagDays();
    return lag >= -rules.windowDays() - slack && lag <= rules.publishedLagDays() + slack;
  }

  private static boolean located(ReportProfile r) {
    return r.eventPlaces().stream().anyMatch(p -> p.country() != null);
  }

  private static String sharedTown(ReportProfile a, ReportProfile b) {
    for (EventPlace p : a.eventPlaces()) {
      if (p.geonameId() == null || p.precision() != Precision.TOWN) {
        continue;
      }
      for (EventPlace q : b.eventPlaces()) {
        if (p.geonameId().equals(q.geonameId())) {
          return p.name();
        }
      }
    }
    return null;
  }

  /**
   * The districts a report's event happened in, by the towns it names (their district, else the
   * town itself) and the districts it names: two reports that name places this fine and none in
   * common are most likely about different events.
   */
  private static Set<String> finePlaces(ReportProfile r) {
    Set<String> out = new HashSet<>();
    for (EventPlace p : r.eventPlaces()) {
      if (p.precision() == Precision.TOWN && p.geonameId() != null) {
        out.add(p.admin2() != null ? p.country() + "/" + p.admin1() + "/" + p.admin2()
            : "#" + p.geonameId());
      } else if (p.precision() == Precision.DISTRICT && p.admin2() != null) {
        out.add(p.country() + "/" + p.admin1() + "/" + p.admin2());
      }
    }
    return out;
  }

  private static boolean shareCountry(ReportProfile a, ReportProfile b) {
    Set<String> countries = new HashSet<>();
    a.eventPlaces().forEach(p -> countries.add(p.country()));
    countries.remove(null);
    if (countries.isEmpty()) {
      return true;
    }
    boolean anyKnown = false;
    for (EventPlace q : b.eventPlaces()) {
      if (q.country() != null) {
        anyKnown = true;
        if (countries.contains(q.country())) {
          return true;
        }
      }
    }
    return !anyKnown;
  }

  private static String sharedDivision(ReportProfile a, ReportProfile b, boolean district) {
    for (EventPlace p : a.eventPlaces()) {
      String d = district ? p.admin2() : p.admin1();
      if (d == null) {
        continue;
      }
      for (EventPlace q : b.eventPlaces()) {
        if (Objects.equals(p.country(), q.country())
            && d.equals(district ? q.admin2() : q.admin1())) {
          return d;
        }
      }
    }
    return null;
  }
}
