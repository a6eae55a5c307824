package org.counterclaim.core.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates. The date is kept as the publisher wrote it: "2024-03-05T23:30:00-05:00"
 * is 5 March, not converted to another time zone.
 */
public final class PublicationDates {

  private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?:[T ]|$)");

  private PublicationDates() {}

  /**
   * The date of an ISO-8601 date ("2024-03-05") or date-time ("2024-03-05T10:00:00Z", with or
   * without offset); empty for anything else, including impossible dates such as 2024-02-30.
   */
  public static Optional<LocalDate> parseIso(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    DateTimeFormatter format =
        s.indexOf('T') >= 0 ? DateTimeFormatter.ISO_DATE_TIME : DateTimeFormatter.ISO_DATE;
    try {
      return Optional.of(LocalDate.from(format.parse(s)));
    } catch (DateTimeParseException notADate) {
      // The answer to "is this a date?" is no; callers turn "empty" into their own message.
      return Optional.empty();
    }
  }

  /**
   * Like {@link #parseIso}, but also accepts the looser date-times found in page metadata
   * ("2024-03-05T10:00:00.000+0100", "2024-03-05 10:00") by their leading date.
   */
  public static Optional<LocalDate> parseLenient(String value) {
    Optional<LocalDate> iso = parseIso(value);
    if (iso.isPresent() || value == null) {
      return iso;
    }
    Matcher m = LEADING_DATE.matcher(value.strip());
    return m.find() ? parseIso(m.group(1)) : Optional.empty();
  }
}
