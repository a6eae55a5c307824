package org.counterclaim.core.extract;


/** Dates the report's event from its text and its publication date. */
public final class EventDateStage implements Stage {

  @Override
  public void run(Draft draft) {
    draft.eventDate =
        EventDates.of(draft.text(), draft.report().published()).orElse(null);
  }
}
