package org.counterclaim.store.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * Extractions of short attack reports built by hand (no CoreNLP): one police claim, one event
 * town, an event date, published the next day.
 */
public final class AttackReports {

  /** A town: name, GeoNames id, latitude, longitude, country, province. */
  public record Town(String name, int geonameId, double lat, double lon, String country,
      String province) {}

  public static final Town KALAT = new Town("Kalat", 1175296, 29.02, 66.59, "PK", "Balochistān");
  public static final Town MAIDUGURI =
      new Town("Maiduguri", 2331447, 11.85, 13.16, "NG", "Borno");

  private AttackReports() {}

  /** A report {@code id} by {@code publisher} of {@code killed} policemen at {@code town}. */
  public static ReportExtraction attack(String id, String publisher, String day, String text,
      int killed, Town town) {
    int at = Math.max(0, text.indexOf(town.name()));
    CasualtyClaim claim = new CasualtyClaim(Outcome.KILLED, VictimCategory.POLICE, "policemen",
        new CountRange(killed, killed, Qualifier.EXACT, String.valueOf(killed)),
        new Claimant("police", ClaimantType.POLICE), publisher, false,
        Span.of(text, 0, text.length()), List.of(0));
    Place place = new Place(town.name(), at, at + town.name().length(), town.name(),
        town.geonameId(), town.lat(), town.lon(), town.country(), town.province(), null, "P",
        Precision.TOWN, true);
    LocalDate published = LocalDate.parse(day).plusDays(1);
    return new ReportExtraction(id, published, publisher,
        new EventDate(LocalDate.parse(day), Span.of(text, 0, 5)), List.of(claim), Map.of(), List.of(),
        List.of(place), List.of(EventPlace.of(place)), List.of(), List.of(), text);
  }
}
