package org.counterclaim.server.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.extract.EventDate;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.report.Span;
import org.counterclaim.store.Ledger;

/**
 * A ledger of random reports built by hand (no CoreNLP) and stored through the real store: each
 * report is about one of a few events (a town and a day), with one to four claims of random
 * outcomes, victim groups, claimants and counts — exact, open ("more than"), ranges and denials
 * (0) — by outlets or none, some naming the armed group held responsible. Every fourth event has
 * no one killed.
 */
public final class GeneratedLedger {

  private record Town(String name, int geonameId, double lat, double lon, String country,
      String admin1) {}

  private static final List<Town> TOWNS = List.of(
      new Town("Alpha Town", 900001, 29.5, 66.1, "PK", "Balochistān"),
      new Town("Beta Town", 900002, 11.2, 13.4, "NG", "Borno"),
      new Town("Gamma Town", 900003, 34.1, 69.2, "AF", "Kabul"),
      new Town("Delta Town", 900004, 14.5, -4.2, "ML", "Mopti"));

  private static final List<Claimant> CLAIMANTS = List.of(
      new Claimant("police", ClaimantType.POLICE),
      new Claimant("the army", ClaimantType.STATE_MILITARY),
      new Claimant("the Front", ClaimantType.ARMED_GROUP),
      new Claimant("hospital officials", ClaimantType.MEDICAL),
      new Claimant("residents", ClaimantType.WITNESS));

  private static final List<String> OUTLETS = List.of("Wire One", "Daily Two", "Radio Three");

  private static final List<String> WORDS = List.of("attack", "bombing", "clash", "raid",
      "ambush", "shelling");

  private GeneratedLedger() {}

  /** Stores {@code reports} random reports about {@code events} events and groups them. */
  public static void fill(Ledger ledger, long seed, int events, int reports) {
    Random random = new Random(seed);
    for (int n = 0; n < reports; n++) {
      int event = random.nextInt(events);
      Town town = TOWNS.get(event % TOWNS.size());
      LocalDate day = LocalDate.of(2026, 1, 1).plusDays(event * 3L);
      String id = "gen-" + seed + "-" + n;
      ledger.store(id, report(random, id, town, day, event));
    }
    ledger.incidents().rebuild(IncidentGrouping.defaults());
  }

  private static ReportExtraction report(Random random, String id, Town town, LocalDate day,
      int event) {
    StringBuilder text = new StringBuilder();
    text.append("Event ").append(event).append(" in ").append(town.name()).append(": the ")
        .append(WORDS.get(event % WORDS.size())).append(". ");
    int at = text.indexOf(town.name());
    List<int[]> sentences = new ArrayList<>();
    int claims = 1 + random.nextInt(4);
    for (int k = 0; k < claims; k++) {
      int start = text.length();
      text.append("Sentence ").append(k).append(" of report ").append(id).append(". ");
      sentences.add(new int[] {start, text.length() - 1});
    }
    String body = text.toString();
    String publisher = random.nextInt(5) == 0 ? null : OUTLETS.get(random.nextInt(OUTLETS.size()));
    List<CasualtyClaim> list = new ArrayList<>();
    for (int[] s : sentences) {
      // every fourth event has no one killed: its incident has no toll
      Outcome outcome = event % 4 == 0
          ? Outcome.values()[1 + random.nextInt(Outcome.values().length - 1)]
          : Outcome.values()[random.nextInt(Outcome.values().length)];
      VictimCategory victims = VictimCategory.values()[random.nextInt(VictimCategory.values().length)];
      boolean outletsOwn = random.nextInt(4) == 0;
      list.add(new CasualtyClaim(outcome, victims, victims.label(), count(random),
          outletsOwn ? null : CLAIMANTS.get(random.nextInt(CLAIMANTS.size())), publisher, false,
          Span.of(body, s[0], s[1]), List.of(0)));
    }
    Place place = new Place(town.name(), at, at + town.name().length(), town.name(),
        town.geonameId(), town.lat(), town.lon(), town.country(), town.admin1(), null, "P",
        Precision.TOWN, true);
    List<Responsibility> responsible = random.nextInt(3) == 0 ? List.of(new Responsibility(
        "front", "the Front", Responsibility.Stance.CLAIMED, Span.of(body, 0, 5))) : List.of();
    return new ReportExtraction(id, day.plusDays(1), publisher,
        new EventDate(day, Span.of(body, 0, 5)), list, Map.of(), List.of(), List.of(place),
        List.of(EventPlace.of(place)), List.of(), responsible, body);
  }

  private static CountRange count(Random random) {
    int low = 1 + random.nextInt(40);
    return switch (random.nextInt(4)) {
      case 0 -> new CountRange(low, null, Qualifier.MORE_THAN, "more than " + (low - 1));
      case 1 -> new CountRange(low, low + 1 + random.nextInt(10), Qualifier.BETWEEN,
          "between some");
      case 2 -> new CountRange(0, 0, Qualifier.DENIAL, "no one");
      default -> new CountRange(low, low, Qualifier.EXACT, String.valueOf(low));
    };
  }
}
