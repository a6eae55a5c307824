package org.counterclaim.core.place;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One place mention of a report and what it resolved to: the words as written and their offsets,
 * the gazetteer's name, GeoNames id and coordinates, ISO country code, first- and second-level
 * division names, feature class ("P" populated place, "A" division), how precisely it locates
 * ({@code precision}: what the text denotes, so "Kurram district" is a district even where only
 * the town is in the gazetteer), and whether the report says the event happened there. The
 * gazetteer fields are null for a place the text names but the gazetteer does not know; {@code
 * geonameId} alone is null for a US county, which the gazetteer takes from Census data.
 */
@JsonPropertyOrder({"mention", "start", "end", "name", "geonameId", "lat", "lon", "country",
    "admin1", "admin2", "featureClass", "precision", "event"})
public record Place(
    String mention,
    int start,
    int end,
    @JsonInclude(JsonInclude.Include.ALWAYS) String name,
    @JsonInclude(JsonInclude.Include.ALWAYS) Integer geonameId,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double lat,
    @JsonInclude(JsonInclude.Include.ALWAYS) Double lon,
    @JsonInclude(JsonInclude.Include.ALWAYS) String country,
    @JsonInclude(JsonInclude.Include.ALWAYS) String admin1,
    @JsonInclude(JsonInclude.Include.ALWAYS) String admin2,
    @JsonInclude(JsonInclude.Include.ALWAYS) String featureClass,
    Precision precision,
    boolean event) {

  /** True when the gazetteer resolved this mention to a point. */
  public boolean resolved() {
    return lat != null;
  }
}
