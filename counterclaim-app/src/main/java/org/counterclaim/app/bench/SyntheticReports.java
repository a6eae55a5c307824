package org.counterclaim.app.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CountRange;
import org.counterclaim.core.casualty.Outcome;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.casualty.VictimCategory;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.place.Precision;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.extract.EventDate;

/**
 * Extractions of made-up reports for load benchmarks, built without CoreNLP: report {@code i} is
 * about an attack in one of six countries (in turn), at one of that country's towns, two days
 * after the country's previous one, with an official's claim and an armed group's, so that every
 * report is an incident of its own. Towns carry made-up ids (900001…), not GeoNames ones.
 */
final class SyntheticReports {

  private record Town(String name, int id, double lat, double lon, String country,
      String province) {}

  private static final List<Town> TOWNS = List.of(
      new Town("Quetta", 900001, 30.184, 67.001, "PK", "Balochistān"),
      new Town("Kalat", 900002, 29.026, 66.59, "PK", "Balochistān"),
      new Town("Turbat", 900003, 26.002, 63.044, "PK", "Balochistān"),
      new Town("Khuzdar", 900004, 27.812, 66.61, "PK", "Balochistān"),
      new Town("Bannu", 900005, 32.986, 70.604, "PK", "Khyber Pakhtunkhwa"),
      new Town("Peshawar", 900006, 34.008, 71.578, "PK", "Khyber Pakhtunkhwa"),
      new Town("Parachinar", 900007, 33.899, 70.101, "PK", "Khyber Pakhtunkhwa"),
      new Town("Kabul", 900008, 34.528, 69.172, "AF", "Kabul"),
      new Town("Kunduz", 900009, 36.728, 68.868, "AF", "Kunduz"),
      new Town("Jalalabad", 900010, 34.426, 70.451, "AF", "Nangarhar"),
      new Town("Kandahar", 900011, 31.613, 65.71, "AF", "Kandahar"),
      new Town("Maiduguri", 900012, 11.846, 13.16, "NG", "Borno"),
      new Town("Konduga", 900013, 11.653, 13.418, "NG", "Borno"),
      new Town("Damboa", 900014, 11.155, 12.756, "NG", "Borno"),
      new Town("Djibo", 900015, 14.102, -1.63, "BF", "Sahel"),
      new Town("Dori", 900016, 14.035, -0.034, "BF", "Sahel"),
      new Town("Mopti", 900017, 14.484, -4.183, "ML", "Mopti"),
      new Town("Gao", 900018, 16.272, -0.044, "ML", "Gao"),
      new Town("Tillaberi", 900019, 14.211, 1.453, "NE", "Tillabéri"),
      new Town("Diffa", 900020, 13.315, 12.611, "NE", "Diffa"));

  private static final List<String> COUNTRIES = List.of("PK", "AF", "NG", "BF", "ML", "NE");
  private static final String[] GROUPS = {"TTP", "BLA", "Islamic State Khorasan", "ISWAP",
      "JNIM", "Boko Haram"};
  private static final String[] OUTLETS = {"Frontier Wire", "Dawn", "Sahel Monitor",
      "Lagos Evening Star", "Kabul Evening Post"};

  private SyntheticReports() {}

  /** Report {@code i}. */
  static ReportExtraction report(int i) {
    Random r = new Random(i);
    String country = COUNTRIES.get(i % COUNTRIES.size());
    List<Town> towns = TOWNS.stream().filter(t -> t.country().equals(country)).toList();
    int round = i / COUNTRIES.size();
    Town town = towns.get(round % towns.size());
    LocalDate day = LocalDate.of(1950, 1, 1).plusDays(2L * round);
    String group = GROUPS[r.nextInt(GROUPS.length)];
    int soldiers = 1 + r.nextInt(30);
    int claimed = soldiers * (1 + r.nextInt(5));
    String text = "Report " + i + ": militants attacked a post in " + town.name() + ", "
        + town.province() + ", killing " + soldiers + " soldiers, officials said. " + group
        + " claimed " + claimed + " soldiers were killed." + filler(r);
    int split = text.indexOf(" officials said.") + 16;
    CasualtyClaim official = claim(soldiers, new Claimant("officials", ClaimantType.OFFICIAL_UNNAMED),
        false, Span.of(text, 0, split));
    CasualtyClaim party = claim(claimed, new Claimant(group, ClaimantType.ARMED_GROUP), true,
        Span.of(text, split + 1, text.length()));
    int at = text.indexOf(town.name());
    Place place = new Place(town.name(), at, at + town.name().length(), town.name(), town.id(),
        town.lat(), town.lon(), town.country(), town.province(), null, "P", Precision.TOWN, true);
    return new ReportExtraction("synthetic-" + i, day.plusDays(1), OUTLETS[i % OUTLETS.length],
        new EventDate(day, Span.of(text, 0, 6)), List.of(official, party), Map.of(),
        List.of(), List.of(place), List.of(EventPlace.of(place)), List.of(), List.of(), text);
  }

  private static final String[] WORDS = ("road market convoy checkpoint village bridge school"
      + " mosque hospital district highway border camp base station office bazaar river valley"
      + " hill farm well mine depot court prison garage hotel stadium square gate tower house"
      + " morning evening night dawn noon rain dust smoke fire blast gunfire rocket mortar drone"
      + " truck van bus motorcycle car tractor ambulance patrol guard officer elder teacher"
      + " farmer trader driver student doctor nurse pilgrim worker shepherd").split(" ");

  /** A dozen words of its own, so that no made-up report is a near-copy of another. */
  private static String filler(Random r) {
    StringBuilder sb = new StringBuilder(" Witnesses mentioned");
    for (int k = 0; k < 12; k++) {
      sb.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }

  private static CasualtyClaim claim(int n, Claimant who, boolean selfInterested, Span evidence) {
    return new CasualtyClaim(Outcome.KILLED, VictimCategory.SECURITY_FORCES, "soldiers",
        new CountRange(n, n, Qualifier.EXACT, String.valueOf(n)), who, null, selfInterested,
        evidence, List.of(0));
  }
}
