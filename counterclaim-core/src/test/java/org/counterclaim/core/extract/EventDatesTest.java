package org.counterclaim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

class EventDatesTest {

  private static final EventDates DATES = new EventDates(Vocabulary.shipped());

  /** Published on Wednesday 2026-01-07. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 1, 7);

  private static Optional<EventDate> of(String text, LocalDate published) {
    return DATES.of(Pipelines.analyzer().analyze(text), published);
  }

  @Test
  void a_weekday_is_the_latest_such_day_on_or_before_publication() {
    assertThat(of("Gunmen killed seven policemen in Kalat on Monday, police said.", WEDNESDAY))
        .hasValueSatisfying(d -> {
          assertThat(d.date()).isEqualTo("2026-01-05");
          assertThat(d.evidence().text()).isEqualTo("Monday");
        });
    assertThat(of("Militants attacked a post late on Wednesday night.", WEDNESDAY))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-07"));
    assertThat(of("Two soldiers were killed on Thursday.", WEDNESDAY))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-01"));
  }

  @Test
  void relative_words_count_back_from_publication() {
    assertThat(of("A bomb exploded in Quetta yesterday.", WEDNESDAY))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-06"));
    assertThat(of("Police said the attack took place last night.", WEDNESDAY))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-06"));
  }

  @Test
  void written_dates_need_no_publication_date() {
    assertThat(of("02/28/2016: Assailants attacked a checkpoint in Kunduz.", null))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2016-02-28"));
    assertThat(of("The attack on 5 January 2026 killed nine people.", null))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-05"));
    assertThat(of("The attack on January 5, 2026 killed nine people.", null))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2026-01-05"));
    assertThat(of("The raid on 28 December killed four.", WEDNESDAY))
        .hasValueSatisfying(d -> assertThat(d.date()).isEqualTo("2025-12-28"));
  }

  @Test
  void a_weekday_without_a_publication_date_or_no_date_at_all_gives_none() {
    assertThat(of("Gunmen killed seven policemen on Monday.", null)).isEmpty();
    assertThat(of("Gunmen killed seven policemen in Kalat, police said.", WEDNESDAY)).isEmpty();
    assertThat(of("Police said he may 5 times have been warned.", WEDNESDAY)).isEmpty();
  }

  @Test
  void a_datelines_date_is_when_the_story_was_filed_not_when_the_event_happened() {
    String wire = "QUETTA, March 13 (Frontier Wire) - The toll from Tuesday's attacks in Kalat"
        + " rose to 31, officials said.";
    assertThat(of(wire, LocalDate.of(2025, 3, 13))).get()
        .satisfies(d -> assertThat(d.date()).isEqualTo("2025-03-11"))
        .satisfies(d -> assertThat(d.evidence().text()).isEqualTo("Tuesday"));
    // no publication date: the dateline's date (with its year) stands in for it
    assertThat(of("KABUL, Oct. 9, 2019 (Xinhua) -- A bomb struck a minibus on Tuesday.", null))
        .get().satisfies(d -> assertThat(d.date()).isEqualTo("2019-10-08"));
    // nothing else: the filing date is the best the text gives
    assertThat(of("SRINAGAR, Nov 17: Two militants were killed in an encounter.",
        LocalDate.of(2023, 11, 17))).get()
        .satisfies(d -> assertThat(d.date()).isEqualTo("2023-11-17"));
  }
}
