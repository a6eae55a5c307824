package org.counterclaim.core.extract;

import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.place.PlaceExtractor;

/**
 * Finds and resolves the places a report names and where its event happened ({@code places}),
 * namesakes resolved near its outlet's home when {@code homes} knows it.
 */
public record PlacesStage(PlaceExtractor places, OutletHomes homes) implements Stage {

  @Override
  public void run(Draft draft) {
    PlaceExtractor.Result located =
        places.extract(draft.text(), homes.homeOf(draft.report().publisher()).orElse(null));
    draft.places = located.places();
    draft.eventPlaces = located.eventPlaces();
  }
}
