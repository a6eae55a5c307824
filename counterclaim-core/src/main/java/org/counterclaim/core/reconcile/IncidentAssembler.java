package org.counterclaim.core.reconcile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentReport;

/**
 * Makes an {@link Incident} of a group of reports: its date, place and sites, its actors and
 * victims, and its reconciled figures. When its reports name several towns as event places (a
 * coordinated operation, or related attacks the same day), each town is a site and becomes a
 * child incident with the claims whose sentence (or report) names that town alone; the other
 * claims are about the whole.
 */
public final class IncidentAssembler {

  private IncidentAssembler() {}

  /**
   * The incident {@code id} of {@code group}, whose reports {@code extractions} gives by key;
   * {@code reprintOf} gives the original of each reprint; claimants count as the party {@code
   * parties} names for them in the incident's country.
   */
  public static Incident assemble(String id, IncidentClusterer.ReportGroup group,
      Function<String, ReportExtraction> extractions, Map<String, String> reprintOf,
      ClaimantParties parties) {
    List<ReportExtraction> reports = new ArrayList<>();
    for (String key : group.reports()) {
      reports.add(Objects.requireNonNull(extractions.apply(key), key));
    }
    Dated date = eventDate(reports);
    Map<Integer, EventPlace> sites = sites(reports);
    boolean operation = sites.size() > 1;
    List<LedgerClaim> claims = new ArrayList<>();
    for (ReportExtraction r : reports) {
      for (CasualtyClaim c : r.claims()) {
        if (!c.ofIncident()) {
          continue; // a part of a figure, or another time's figure
        }
        Integer site = operation ? siteOf(c, r, sites) : null;
        claims.add(new LedgerClaim(r.id(), r.published(), r.publisher(),
            reprintOf.containsKey(r.id()), site == null ? null : String.valueOf(site), c));
      }
    }
    List<EventPlace> siteList = List.copyOf(sites.values());
    EventPlace place = place(reports, siteList);
    String country = place == null ? null : place.country();
    // each claimant's party once per incident: the reconciler asks for it per claim, per group
    Map<Claimant, Party> known = new HashMap<>();
    Function<Claimant, Party> partyOf =
        who -> who == null ? null : known.computeIfAbsent(who, w -> parties.of(w, country));
    List<String> groups = armedGroups(reports, partyOf);
    List<Incident> children = new ArrayList<>();
    List<List<Figures>> siteFigures = new ArrayList<>();
    if (operation) {
      int n = 0;
      for (EventPlace site : sites.values()) {
        String siteKey = String.valueOf(site.geonameId());
        List<LedgerClaim> at = claims.stream().filter(c -> siteKey.equals(c.site())).toList();
        List<Figures> figures = IncidentReconciler.reconcile(at, partyOf);
        siteFigures.add(figures);
        List<ReportExtraction> siteReports = reports.stream()
            .filter(r -> at.stream().anyMatch(c -> c.report().equals(r.id()))
                || r.eventPlaces().stream().anyMatch(p -> site.geonameId().equals(p.geonameId())))
            .toList();
        children.add(incident(id + "." + (++n), id, date, site, List.of(site), groups, at,
            figures, siteReports, reprintOf, List.of(), List.of()));
      }
    }
    List<Figures> figures = operation
        ? IncidentReconciler.combine(IncidentReconciler.reconcile(
            claims.stream().filter(c -> c.site() == null).toList(), partyOf), siteFigures)
        : IncidentReconciler.reconcile(claims, partyOf);
    return incident(id, null, date, place, siteList, groups, claims, figures,
        reports, reprintOf, children, group.links());
  }

  private static Incident incident(String id, String parent, Dated date, EventPlace place,
      List<EventPlace> sites, List<String> groups, List<LedgerClaim> claims,
      List<Figures> figures, List<ReportExtraction> reports, Map<String, String> reprintOf,
      List<Incident> children, List<IncidentClusterer.Link> links) {
    Set<VictimCategory> victims = new java.util.TreeSet<>();
    claims.forEach(c -> victims.add(c.claim().victims()));
    if (victims.size() > 1) {
      victims.remove(VictimCategory.PEOPLE);
    }
    Set<String> sources = new HashSet<>();
    List<IncidentReport> listed = new ArrayList<>();
    for (ReportExtraction r : reports) {
      String original = reprintOf.get(r.id());
      if (original == null) {
        sources.add(r.publisher() != null ? r.publisher() : r.id());
      }
      listed.add(new IncidentReport(r.id(), r.publisher(), r.published(), original));
    }
    listed.sort(Comparator.comparing(IncidentReport::published,
        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(IncidentReport::id));
    return new Incident(id, parent, date.date(), date.from(), place, sites, groups,
        victims.stream().map(VictimCategory::label).toList(),
        IncidentReconciler.total(figures, Outcome.KILLED),
        figures.stream().anyMatch(Figures::contested), claims.size(), sources.size(), listed,
        children, figures, links);
  }

  /**
   * The date most reports give for the event (the earliest of equally frequent ones) and
   * "report text"; else the first publication date and "publication"; else null and "unknown".
   */
  private static Dated eventDate(List<ReportExtraction> reports) {
    Map<LocalDate, Integer> votes = new TreeMap<>();
    for (ReportExtraction r : reports) {
      if (r.eventDate() != null) {
        votes.merge(r.eventDate().date(), 1, Integer::sum);
      }
    }
    if (!votes.isEmpty()) {
      LocalDate best = null;
      for (Map.Entry<LocalDate, Integer> e : votes.entrySet()) {
        if (best == null || e.getValue() > votes.get(best)) {
          best = e.getKey();
        }
      }
      return new Dated(best, "report text");
    }
    LocalDate first = reports.stream().map(ReportExtraction::published).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).orElse(null);
    return first == null ? new Dated(null, "unknown") : new Dated(first, "publication");
  }

  /** An incident's date (null when unknown) and where it was read from. */
  private record Dated(LocalDate date, String from) {}

  /** The towns the reports name as event places, by GeoNames id, in name order. */
  private static Map<Integer, EventPlace> sites(List<ReportExtraction> reports) {
    Map<Integer, EventPlace> byId = new HashMap<>();
    for (ReportExtraction r : reports) {
      for (EventPlace p : r.eventPlaces()) {
        if (p.precision() == Precision.TOWN && p.geonameId() != null) {
          byId.putIfAbsent(p.geonameId(), p);
        }
      }
    }
    // "DERA ISMAIL KHAN: … in Kulachi tehsil of Dera Ismail Khan district": a town that gives
    // its name to the district another site lies in stands for that district, not a site
    Set<String> districts = new HashSet<>();
    byId.values().forEach(p -> {
      if (p.admin2() != null && !p.admin2().equalsIgnoreCase(p.name())) {
        districts.add(p.admin2().toLowerCase(java.util.Locale.ROOT));
      }
    });
    Map<Integer, EventPlace> ordered = new java.util.LinkedHashMap<>();
    byId.values().stream()
        .filter(p -> !districts.contains(p.name().toLowerCase(java.util.Locale.ROOT)))
        .sorted(Comparator.comparing(EventPlace::name).thenComparing(EventPlace::geonameId))
        .forEach(p -> ordered.put(p.geonameId(), p));
    return ordered;
  }

  /**
   * The one site a claim is about: the one its sentence names, or, when its sentence names none,
   * the one its report is about; null when the sentence or report names several.
   */
  private static Integer siteOf(CasualtyClaim claim, ReportExtraction report,
      Map<Integer, EventPlace> sites) {
    Set<Integer> named = new HashSet<>();
    for (int i : claim.places()) {
      Place p = report.places().get(i);
      if (p.geonameId() != null && sites.containsKey(p.geonameId())) {
        named.add(p.geonameId());
      }
    }
    if (named.isEmpty()) {
      for (EventPlace p : report.eventPlaces()) {
        if (p.geonameId() != null && sites.containsKey(p.geonameId())) {
          named.add(p.geonameId());
        }
      }
    }
    return named.size() == 1 ? named.iterator().next() : null;
  }

  /**
   * Where the incident happened: its one site; the district, province or country all its sites
   * share (at their middle); or, with no town, the event place most reports name.
   */
  private static EventPlace place(List<ReportExtraction> reports, List<EventPlace> sites) {
    if (sites.size() == 1) {
      return sites.get(0);
    }
    if (sites.size() > 1) {
      double lat = sites.stream().mapToDouble(EventPlace::lat).average().orElse(0);
      double lon = sites.stream().mapToDouble(EventPlace::lon).average().orElse(0);
      String country = shared(sites, EventPlace::country);
      String admin1 = country == null ? null : shared(sites, EventPlace::admin1);
      String admin2 = admin1 == null ? null : shared(sites, EventPlace::admin2);
      if (admin2 != null) {
        return new EventPlace(admin2, null, lat, lon, country, admin1, admin2, Precision.DISTRICT);
      }
      if (admin1 != null) {
        return new EventPlace(admin1, null, lat, lon, country, admin1, null, Precision.PROVINCE);
      }
      return new EventPlace(country != null ? country : sites.get(0).name(), null, lat, lon,
          country, null, null, Precision.COUNTRY);
    }
    Map<String, Integer> votes = new HashMap<>();
    Map<String, EventPlace> byName = new HashMap<>();
    for (ReportExtraction r : reports) {
      for (EventPlace p : r.eventPlaces()) {
        String key = p.name() + "|" + p.geonameId();
        byName.putIfAbsent(key, p);
        votes.merge(key, 1, Integer::sum);
      }
    }
    return byName.entrySet().stream()
        .min(Comparator.comparingInt((Map.Entry<String, EventPlace> e) -> -votes.get(e.getKey()))
            .thenComparing(e -> e.getValue().precision())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getValue).orElse(null);
  }

  private static String shared(List<EventPlace> places, Function<EventPlace, String> field) {
    String first = field.apply(places.get(0));
    return first != null && places.stream().allMatch(p -> first.equals(field.apply(p)))
        ? first : null;
  }

  /**
   * The armed groups the reports hold responsible (claimed or blamed), else those they name, in
   * order of first mention.
   */
  private static List<String> armedGroups(List<ReportExtraction> reports,
      Function<Claimant, Party> partyOf) {
    Map<String, String> responsible = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    for (ReportExtraction r : reports) {
      for (Responsibility x : r.responsibility()) {
        if (x.stance() != Responsibility.Stance.DENIED) {
          addGroup(responsible, x.name(), partyOf);
        }
      }
      for (MentionedActor a : r.actors()) {
        if (a.type() == ClaimantType.ARMED_GROUP) {
          addGroup(named, a.name(), partyOf);
        }
      }
    }
    return List.copyOf((responsible.isEmpty() ? named : responsible).values());
  }

  /**
   * Adds the group {@code name} unless a name of its party is there ("BLA", then "Baloch
   * Liberation Army": the BLA once, as first named).
   */
  private static void addGroup(Map<String, String> groups, String name,
      Function<Claimant, Party> partyOf) {
    Party party = partyOf.apply(new Claimant(name, ClaimantType.ARMED_GROUP));
    groups.putIfAbsent(party.key(), name);
  }
}
