package org.counterclaim.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.CasualtyCues;
import org.counterclaim.core.casualty.CasualtyExtractor;
import org.counterclaim.core.place.Place;

/**
 * Reads the report's casualty claims with the sources found before, credits restated figures,
 * ties each claim to the places named in its sentence and reconciles the report's totals; asks
 * for the sentences {@code cues} pick.
 */
public record ClaimsStage(CasualtyExtractor casualties, CasualtyCues cues) implements Stage {

  @Override
  public void run(Draft draft) {
    List<CasualtyClaim> found = RestatedFigures.credit(
        casualties.extract(draft.text(), draft.attributions()), draft.report().text());
    draft.claims = withPlaces(found, draft.places());
    draft.totals = new TreeMap<>(ReportTotals.of(draft.claims));
  }

  /** Each claim with the indexes (into {@code places}) of the places named in its sentence. */
  private static List<CasualtyClaim> withPlaces(List<CasualtyClaim> claims, List<Place> places) {
    List<CasualtyClaim> out = new ArrayList<>(claims.size());
    for (CasualtyClaim c : claims) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < places.size(); i++) {
        Place p = places.get(i);
        if (p.start() >= c.evidence().start() && p.end() <= c.evidence().end()) {
          in.add(i);
        }
      }
      out.add(c.withPlaces(in));
    }
    return out;
  }
}
