package org.counterclaim.core.place;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place where a report says its event happened, once per place however often it is named, most
 * precise first: the gazetteer's name and id, coordinates, country, divisions and precision.
 */
public record EventPlace(
    String name,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer geonameId,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double lat,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double lon,
    @JsonInclude(JsonInclude.Include.ALWAYS) String country,
    @JsonInclude(JsonInclude.Include.ALWAYS) String admin1,
    @JsonInclude(JsonInclude.Include.ALWAYS) String admin2,
    Precision precision) implements java.io.Serializable {

  /** The event place a resolved (or unresolved) place mention stands for. */
  public static EventPlace of(Place p) {
    return new EventPlace(p.name() != null ? p.name() : p.mention(), p.geonameId(), p.lat(),
        p.lon(), p.country(), p.admin1(), p.admin2(), p.precision());
  }
}
