package org.counterclaim.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.report.Report;

/**
 * Learns where the outlets of a collection of reports are at home: the reports are read without
 * homes, homes are learnt from their places ({@link OutletHomes#learn}), and the reports are read
 * again with those homes and the homes learnt again, a given number of rounds.
 */
public final class OutletHomesLearning {

  private OutletHomesLearning() {}

  /** The homes {@code reports} (those with a publisher) teach, after {@code rounds} re-readings. */
  public static OutletHomes learn(Extractor extractor, List<Report> reports, int rounds) {
    OutletHomes homes = OutletHomes.learn(placesByOutlet(extractor, reports),
        extractor.gazetteer(), extractor.vocabulary());
    for (int round = 0; round < rounds; round++) {
      homes = OutletHomes.learn(placesByOutlet(extractor.withOutletHomes(homes), reports),
          extractor.gazetteer(), extractor.vocabulary());
    }
    return homes;
  }

  private static Map<String, List<List<Place>>> placesByOutlet(Extractor extractor,
      List<Report> reports) {
    Map<String, List<List<Place>>> byOutlet = new TreeMap<>();
    for (Report r : reports) {
      if (r.publisher() != null && !r.publisher().isBlank()) {
        byOutlet.computeIfAbsent(r.publisher(), k -> new ArrayList<>())
            .add(extractor.extract(r).places());
      }
    }
    return byOutlet;
  }
}
