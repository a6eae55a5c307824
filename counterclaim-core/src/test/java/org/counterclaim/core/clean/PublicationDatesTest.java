package org.counterclaim.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {

  @Test
  void an_iso_date_is_read() {
    assertThat(PublicationDates.parseIso("2031-04-12")).contains(LocalDate.of(2031, 4, 12));
  }

  @Test
  void an_iso_date_time_keeps_the_date_as_written() {
    assertThat(PublicationDates.parseIso("2031-04-12T23:30:00-05:00"))
        .contains(LocalDate.of(2031, 4, 12));
    assertThat(PublicationDates.parseIso("2031-04-12T08:00:00Z"))
        .contains(LocalDate.of(2031, 4, 12));
    assertThat(PublicationDates.parseIso("2031-04-12T08:00")).contains(LocalDate.of(2031, 4, 12));
  }

  @Test
  void words_impossible_dates_and_loose_forms_are_not_iso_dates() {
    assertThat(PublicationDates.parseIso("yesterday")).isEmpty();
    assertThat(PublicationDates.parseIso("2031-02-30")).isEmpty();
    assertThat(PublicationDates.parseIso("2031-4-12")).isEmpty();
    assertThat(PublicationDates.parseIso("12/04/2031")).isEmpty();
    assertThat(PublicationDates.parseIso("2031-04-12 08:00")).isEmpty();
    assertThat(PublicationDates.parseIso(null)).isEmpty();
  }

  @Test
  void lenient_reading_accepts_the_leading_date_of_page_metadata() {
    assertThat(PublicationDates.parseLenient("2031-04-12T08:00:00.000+0100"))
        .contains(LocalDate.of(2031, 4, 12));
    assertThat(PublicationDates.parseLenient("2031-04-12 08:00"))
        .contains(LocalDate.of(2031, 4, 12));
    assertThat(PublicationDates.parseLenient("2031-04-12x")).isEmpty();
    assertThat(PublicationDates.parseLenient("April 12")).isEmpty();
  }
}
