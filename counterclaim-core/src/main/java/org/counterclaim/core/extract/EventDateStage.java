package org.counterclaim.core.extract;

/** Dates the report's event from its text and its publication date. */
public record EventDateStage(EventDates dates) implements Stage {

  @Override
  public void run(Draft draft) {
    draft.eventDate =
        dates.of(draft.text(), draft.report().published()).orElse(null);
  }
}
