package org.counterclaim.core.resolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why two reports were (or were not) taken for one incident: the cosine of their words, how many
 * days apart their event dates are (null when either is unknown), the event place, district or
 * province they share, whether they name different event towns, the armed groups both name, what rules them out ({@code veto}, null when
 * nothing does) and the resulting {@code score}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PairEvidence(double text, Integer days, String place, String division,
    boolean otherTowns, List<String> groups, boolean farApart, String veto, double score) {

  public PairEvidence {
    groups = List.copyOf(groups);
  }

  /** One line for people: "words 0.62, same event date, both at Kalat, both name BLA". */
  public String explain() {
    List<String> parts = new ArrayList<>();
    parts.add(String.format(Locale.ROOT, "words alike %.2f", text));
    if (days != null) {
      parts.add(days == 0 ? "same event date" : "event dates " + days + " day" + (days == 1 ? "" : "s")
          + " apart");
    }
    if (place != null) {
      parts.add("both at " + place);
    } else if (division != null) {
      parts.add("both in " + division);
    }
    if (otherTowns) {
      parts.add("different towns");
    }
    if (farApart) {
      parts.add("places in different provinces");
    }
    if (!groups.isEmpty()) {
      parts.add("both name " + String.join(", ", groups));
    }
    if (veto != null) {
      parts.add("ruled out: " + veto);
    }
    return String.join(", ", parts) + String.format(Locale.ROOT, " → score %.2f", score);
  }
}
