package org.counterclaim.core.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.report.Span;

/**
 * Reads the date of a report's event from its first sentences that mention one: a full date
 * ("02/28/2016:", "5 January 2026", "January 5, 2026"), a day and a capitalised month ("on 5
 * January", "Jan. 5"), a
 * weekday ("on Monday", "late Sunday night") or "yesterday", "today", "last night". Weekdays and
 * relative words need the publication date: a weekday is the latest such day on or before it.
 */
public final class EventDates {

  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTHS + "(?:,? (\\d{4}))?\\b");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(yesterday|today|last night|this morning|tonight)\\b", Pattern.CASE_INSENSITIVE);
  private static final Map<String, Month> MONTH_NAMES = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY),
      Map.entry("mar", Month.MARCH), Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY),
      Map.entry("jun", Month.JUNE), Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST),
      Map.entry("sep", Month.SEPTEMBER), Map.entry("oct", Month.OCTOBER),
      Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));
  private static final int SENTENCES = 4;

  private EventDates() {}

  /**
   * A dateline: an upper-case place and the filing date before the story ("QUETTA, March 12
   * (Frontier Wire) -"). Its date says when the story was filed, not when the event happened.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "(?m)^\\s*[A-Z][A-Z .'-]{2,}(?:, [A-Z][A-Za-z .'-]+)?, ((?:" + MONTHS + " \\d{1,2}"
          + "|\\d{1,2} " + MONTHS + ")(?:,? \\d{4})?)\\s*(?:\\([^)]*\\))?\\s*[-—–:]");
  private static final int DATELINE_REACH = 300;

  /**
   * The event date of {@code text} published on {@code published} (nullable), if it says. A
   * dateline's date is not the event's: it stands in for the publication date when there is
   * none, and for the event date only when the text gives no other.
   */
  public static Optional<EventDate> of(AnalyzedText text, LocalDate published) {
    String all = text.text();
    Matcher d = DATELINE.matcher(all.substring(0, Math.min(all.length(), DATELINE_REACH)));
    int[] skip = {0, 0};
    Optional<EventDate> filed = Optional.empty();
    if (d.find()) {
      skip = new int[] {d.start(1), d.end(1)};
      filed = in(d.group(1), d.start(1), all, published, new int[] {0, 0});
      if (published == null && filed.isPresent()) {
        published = LocalDate.parse(filed.get().date());
      }
    }
    int seen = 0;
    for (Sentence s : text.sentences()) {
      if (seen++ >= SENTENCES) {
        break;
      }
      String words = all.substring(s.start(), s.end());
      Optional<EventDate> found = in(words, s.start(), all, published, skip);
      if (found.isPresent()) {
        return found;
      }
    }
    return filed;
  }

  private static Optional<EventDate> in(String words, int offset, String text, LocalDate published,
      int[] skip) {
    Matcher m = NUMERIC.matcher(words);
    if (find(m, offset, skip)) {
      // GTD and US style: month/day/year
      return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), m, offset, text);
    }
    m = DAY_MONTH.matcher(words);
    if (find(m, offset, skip)) {
      return dayMonth(Integer.parseInt(m.group(1)), m.group(2), m.group(3), published, m, offset,
          text);
    }
    m = MONTH_DAY.matcher(words);
    if (find(m, offset, skip)) {
      return dayMonth(Integer.parseInt(m.group(2)), m.group(1), m.group(3), published, m, offset,
          text);
    }
    if (published == null) {
      return Optional.empty();
    }
    m = RELATIVE.matcher(words);
    if (m.find()) {
      String w = m.group(1).toLowerCase(Locale.ROOT);
      LocalDate d = w.equals("yesterday") || w.equals("last night") ? published.minusDays(1)
          : published;
      return Optional.of(new EventDate(d.toString(), span(m, offset, text)));
    }
    m = WEEKDAY.matcher(words);
    if (m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
      return Optional.of(new EventDate(published.minusDays(back).toString(),
          span(m, offset, text)));
    }
    return Optional.empty();
  }

  /** Finds the next match that does not overlap {@code skip} (text offsets: the dateline's date). */
  private static boolean find(Matcher m, int offset, int[] skip) {
    while (m.find()) {
      if (offset + m.end() <= skip[0] || offset + m.start() >= skip[1]) {
        return true;
      }
    }
    return false;
  }

  private static Optional<EventDate> dayMonth(int day, String monthWord, String yearWord,
      LocalDate published, Matcher m, int offset, String text) {
    Month month = MONTH_NAMES.get(monthWord.toLowerCase(Locale.ROOT).replace(".", "")
        .substring(0, 3));
    if (month == null) {
      return Optional.empty();
    }
    if (yearWord != null) {
      return date(Integer.parseInt(yearWord), month.getValue(), day, m, offset, text);
    }
    if (published == null) {
      return Optional.empty();
    }
    // the latest such day on or before publication
    int year = published.getYear();
    try {
      LocalDate d = LocalDate.of(year, month, day);
      if (d.isAfter(published)) {
        d = d.minusYears(1);
      }
      return Optional.of(new EventDate(d.toString(), span(m, offset, text)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<EventDate> date(int year, int month, int day, Matcher m, int offset,
      String text) {
    try {
      return Optional.of(new EventDate(LocalDate.of(year, month, day).toString(),
          span(m, offset, text)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Span span(Matcher m, int offset, String text) {
    return Span.of(text, offset + m.start(), offset + m.end());
  }
}
