package org.counterclaim.server.export;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.extract.Reconciled;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.reconcile.ClaimLine;
import org.counterclaim.core.reconcile.Figures;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.reconcile.IncidentReconciler;
import org.counterclaim.core.resolve.IncidentReport;

/**
 * One incident as the export gives it: every {@link IncidentColumn}'s value, read from the
 * incident's own reconciled figures (never a number the ledger does not hold: a missing figure
 * is null). Values are strings, whole numbers, decimals or booleans.
 */
final class IncidentRow {

  private final Incident incident;
  private final EventPlace place;
  private final Country country;
  private final SubEventType type;
  private final Actors actors;

  IncidentRow(Incident incident, EventTypes types) {
    this.incident = incident;
    this.place = incident.place();
    this.country = place == null ? null : Country.of(place.country());
    this.type = types.of(sentences(incident), incident.figures());
    Set<VictimCategory> victims = EnumSet.noneOf(VictimCategory.class);
    incident.figures().forEach(f -> victims.add(f.victims()));
    this.actors = Actors.of(incident.armedGroups(), victims,
        country == null ? null : country.name());
  }

  /** The value of {@code column}, null when the ledger has none. */
  Object value(IncidentColumn column) {
    Incident i = incident;
    EventPlace p = place;
    return switch (column) {
      case EVENT_ID -> i.id();
      case EVENT_DATE, DATE_START, DATE_END -> i.eventDate() == null ? null : i.eventDate().toString();
      case DATE_FROM -> i.dateFrom();
      case YEAR -> i.eventDate() == null ? null : i.eventDate().getYear();
      case COUNTRY -> country == null ? null : country.name();
      case ISO3 -> country == null ? null : country.iso3();
      case COUNTRY_CODE -> p == null ? null : p.country();
      case ADMIN1 -> p == null ? null : p.admin1();
      case ADMIN2 -> p == null ? null : p.admin2();
      case LOCATION -> p == null ? null : p.name();
      case LATITUDE -> p == null ? null : p.lat();
      case LONGITUDE -> p == null ? null : p.lon();
      case GEO_PRECISION -> p == null ? null : geoPrecision(p);
      case PRECISION -> p == null ? null : p.precision().label();
      case SITES -> joined(i.sites().stream().map(EventPlace::name).toList());
      case EVENT_TYPE -> type == null ? null : type.eventType();
      case SUB_EVENT_TYPE -> type == null ? null : type.label();
      case ACTOR1 -> actors.actor1();
      case ASSOC_ACTOR -> actors.assocActor();
      case ACTOR2 -> actors.actor2();
      case ARMED_GROUPS -> joined(i.armedGroups());
      case VICTIMS -> joined(i.victims());
      case DEATHS_A -> best(killed(VictimCategory::isStateForces));
      case DEATHS_B -> best(killed(v -> v == VictimCategory.MILITANTS));
      case DEATHS_CIVILIANS -> best(killed(v -> v == VictimCategory.CIVILIANS));
      case DEATHS_UNKNOWN -> best(killed(v -> v == VictimCategory.PEOPLE));
      case DEATHS_LOW -> low(i.deaths());
      case DEATHS_BEST -> best(i.deaths());
      case DEATHS_HIGH -> high(i.deaths());
      case DEATHS_HIGH_OPEN -> open(i.deaths());
      case INJURED_LOW -> low(total(Outcome.INJURED));
      case INJURED_BEST -> best(total(Outcome.INJURED));
      case INJURED_HIGH -> high(total(Outcome.INJURED));
      case INJURED_HIGH_OPEN -> open(total(Outcome.INJURED));
      case ABDUCTED_LOW -> low(total(Outcome.ABDUCTED));
      case ABDUCTED_BEST -> best(total(Outcome.ABDUCTED));
      case ABDUCTED_HIGH -> high(total(Outcome.ABDUCTED));
      case ABDUCTED_HIGH_OPEN -> open(total(Outcome.ABDUCTED));
      case CONTESTED -> i.contested();
      case CLAIMS -> i.claims();
      case CLAIMANTS -> joined(claimants());
      case SOURCES -> joined(sources());
      case SOURCE_COUNT -> i.sources();
      case REPORTS -> joined(i.reports().stream().map(IncidentReport::id).toList());
      case REPORT_COUNT -> i.reports().size();
      case NOTES -> Notes.of(i);
    };
  }

  /** The point of the incident's place, as [longitude, latitude]; null without one. */
  double[] point() {
    return place == null || place.lat() == null || place.lon() == null ? null
        : new double[] {place.lon(), place.lat()};
  }

  /**
   * ACLED's geo_precision: 1 a town, 2 a district, 3 a province or larger, or a place the
   * gazetteer does not know (which has no point to give).
   */
  static int geoPrecision(EventPlace p) {
    return switch (p.precision()) {
      case TOWN -> 1;
      case DISTRICT -> 2;
      case PROVINCE, COUNTRY, REGION, UNRESOLVED -> 3;
    };
  }

  private Reconciled killed(Predicate<VictimCategory> group) {
    return IncidentReconciler.total(incident.figures().stream()
        .filter(f -> group.test(f.victims())).toList(), Outcome.KILLED);
  }

  private Reconciled total(Outcome outcome) {
    return IncidentReconciler.total(incident.figures(), outcome);
  }

  private static Integer low(Reconciled r) {
    return r == null ? null : r.low();
  }

  private static Integer best(Reconciled r) {
    return r == null ? null : r.best();
  }

  private static Integer high(Reconciled r) {
    return r == null ? null : r.high();
  }

  /** Whether the figure has no upper bound ("more than 22"); null when there is no figure. */
  private static Boolean open(Reconciled r) {
    return r == null ? null : r.high() == null;
  }

  /**
   * Who gave the incident's figures: each party a claimant speaks for (or the outlet for its own
   * figure), once.
   */
  private List<String> claimants() {
    Set<String> names = new LinkedHashSet<>();
    for (Figures f : incident.figures()) {
      for (ClaimLine c : f.claims()) {
        String who = c.party() != null ? c.party()
            : c.claimant() != null ? c.claimant() : c.publisher();
        if (who != null) {
          names.add(who);
        }
      }
    }
    return List.copyOf(names);
  }

  /** The outlets of the reports that are no reprints, those that name one. */
  private List<String> sources() {
    Set<String> names = new LinkedHashSet<>();
    for (IncidentReport r : incident.reports()) {
      if (r.reprintOf() == null && r.publisher() != null) {
        names.add(r.publisher());
      }
    }
    return List.copyOf(names);
  }

  /** The sentences of the claims of an incident and its sites. */
  private static List<String> sentences(Incident i) {
    List<String> out = new ArrayList<>();
    for (Figures f : i.figures()) {
      for (ClaimLine c : f.claims()) {
        if (c.evidence() != null) {
          out.add(c.evidence().text());
        }
      }
    }
    for (Incident child : i.children()) {
      out.addAll(sentences(child));
    }
    return out;
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join("; ", values);
  }
}
