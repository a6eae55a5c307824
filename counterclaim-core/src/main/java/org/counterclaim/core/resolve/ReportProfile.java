package org.counterclaim.core.resolve;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.actor.Responsibility;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.EventPlace;

/**
 * What incident resolution compares of one report: when it was published and when its event
 * happened (either may be null), where, which armed groups it names or holds responsible, its
 * text, and the report it is a near-copy of ({@code copyOf}, null for an original).
 */
public record ReportProfile(
    String key,
    LocalDate published,
    String publisher,
    LocalDate eventDate,
    List<EventPlace> eventPlaces,
    Set<String> armedGroups,
    String text,
    String copyOf) implements java.io.Serializable {

  public ReportProfile {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(text, "text");
    eventPlaces = List.copyOf(eventPlaces);
    // sorted, so that the groups two reports share are listed in one order on every run
    armedGroups = Collections.unmodifiableSortedSet(new TreeSet<>(armedGroups));
  }

  /** The profile of an extracted report; {@code copyOf} names its original when it is a reprint. */
  public static ReportProfile of(ReportExtraction e, String copyOf) {
    Set<String> groups = new TreeSet<>();
    for (MentionedActor a : e.actors()) {
      if (a.type() == ClaimantType.ARMED_GROUP) {
        groups.add(a.id() != null ? a.id() : a.name());
      }
    }
    for (Responsibility r : e.responsibility()) {
      if (r.stance() != Responsibility.Stance.DENIED) {
        groups.add(r.actor() != null ? r.actor() : r.name());
      }
    }
    LocalDate event = e.eventDate() == null ? null : e.eventDate().date();
    return new ReportProfile(e.id(), e.published(), e.publisher(), event, e.eventPlaces(), groups,
        e.text(), copyOf);
  }
}
