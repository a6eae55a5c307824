package org.counterclaim.core.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Reads the date of a report's event from its first sentences that mention one: a full date
 * ("02/28/2016:", "5 January 2026", "January 5, 2026"), a day and a capitalised month ("on 5
 * January", "Jan. 5"), a
 * weekday ("on Monday", "late Sunday night") or "yesterday", "today", "last night". Weekdays and
 * relative words need the publication date: a weekday is the latest such day on or before it.
 */
public final class EventDates {

  private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");
  private static final int SENTENCES = 4;
  private static final int DATELINE_REACH = 300;

  private final Map<String, Month> months;
  private final Map<String, DayOfWeek> weekdays;
  private final Map<String, Integer> relativeDays;
  private final Pattern dayMonth;
  private final Pattern monthDay;
  private final Pattern weekday;
  private final Pattern relative;
  /**
   * A dateline: an upper-case place and the filing date before the story ("QUETTA, March 12
   * (Frontier Wire) -"). Its date says when the story was filed, not when the event happened.
   */
  private final Pattern dateline;

  /**
   * Reads dates with the month names, weekdays and relative days ("yesterday") of {@code
   * vocabulary} ({@code extract/month-names.tsv}, {@code extract/weekdays.tsv}, {@code
   * extract/relative-days.tsv}).
   */
  public EventDates(Vocabulary vocabulary) {
    Objects.requireNonNull(vocabulary, "vocabulary");
    months = table(vocabulary, "extract/month-names.tsv", n -> Month.of(n));
    weekdays = table(vocabulary, "extract/weekdays.tsv", n -> DayOfWeek.of(n));
    relativeDays = table(vocabulary, "extract/relative-days.tsv", n -> n);
    String monthWords = alternatives(vocabulary.list("extract/month-names.tsv")) + "\\.?";
    dayMonth = Pattern.compile(
        "\\b(\\d{1,2})(?:st|nd|rd|th)? " + monthWords + "(?:,? (\\d{4}))?\\b");
    monthDay = Pattern.compile(
        "\\b" + monthWords + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    weekday = Pattern.compile("\\b" + alternatives(vocabulary.list("extract/weekdays.tsv"))
        + "\\b", Pattern.CASE_INSENSITIVE);
    relative = Pattern.compile("\\b" + alternatives(vocabulary.list("extract/relative-days.tsv"))
        + "\\b", Pattern.CASE_INSENSITIVE);
    dateline = Pattern.compile(
        "(?m)^\\s*[A-Z][A-Z .'-]{2,}(?:, [A-Z][A-Za-z .'-]+)?, ((?:" + monthWords + " \\d{1,2}"
            + "|\\d{1,2} " + monthWords + ")(?:,? \\d{4})?)\\s*(?:\\([^)]*\\))?\\s*[-—–:]");
  }

  /** The entries of file {@code name}, lower-cased, each with its second column as a number. */
  private static <V> Map<String, V> table(Vocabulary vocabulary, String name,
      IntFunction<V> value) {
    Map<String, V> table = new HashMap<>();
    for (Vocabulary.Entry e : vocabulary.entries(name)) {
      table.put(e.key().toLowerCase(Locale.ROOT),
          Vocabulary.parse(e, columns -> value.apply(Integer.parseInt(columns.get(1)))));
    }
    return table;
  }

  /** A regular expression group matching any of {@code phrases}, tried in order. */
  private static String alternatives(List<String> phrases) {
    return phrases.stream().map(Pattern::quote).collect(Collectors.joining("|", "(", ")"));
  }

  /**
   * The event date of {@code text} published on {@code published} (nullable), if it says. A
   * dateline's date is not the event's: it stands in for the publication date when there is
   * none, and for the event date only when the text gives no other.
   */
  public Optional<EventDate> of(AnalyzedText text, LocalDate published) {
    String all = text.text();
    Matcher d = dateline.matcher(all.substring(0, Math.min(all.length(), DATELINE_REACH)));
    int[] skip = {0, 0};
    Optional<EventDate> filed = Optional.empty();
    if (d.find()) {
      skip = new int[] {d.start(1), d.end(1)};
      filed = in(d.group(1), d.start(1), all, published, new int[] {0, 0});
      if (published == null && filed.isPresent()) {
        published = filed.get().date();
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

  private Optional<EventDate> in(String words, int offset, String text, LocalDate published,
      int[] skip) {
    Matcher m = NUMERIC.matcher(words);
    if (find(m, offset, skip)) {
      // GTD and US style: month/day/year
      return date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
          Integer.parseInt(m.group(2)), m, offset, text);
    }
    m = dayMonth.matcher(words);
    if (find(m, offset, skip)) {
      return dayMonth(Integer.parseInt(m.group(1)), m.group(2), m.group(3), published, m, offset,
          text);
    }
    m = monthDay.matcher(words);
    if (find(m, offset, skip)) {
      return dayMonth(Integer.parseInt(m.group(2)), m.group(1), m.group(3), published, m, offset,
          text);
    }
    if (published == null) {
      return Optional.empty();
    }
    m = relative.matcher(words);
    if (m.find()) {
      LocalDate d = published.minusDays(relativeDays.get(m.group(1).toLowerCase(Locale.ROOT)));
      return Optional.of(new EventDate(d, span(m, offset, text)));
    }
    m = weekday.matcher(words);
    if (m.find()) {
      DayOfWeek day = weekdays.get(m.group(1).toLowerCase(Locale.ROOT));
      int back = (published.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
      return Optional.of(new EventDate(published.minusDays(back),
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

  private Optional<EventDate> dayMonth(int day, String monthWord, String yearWord,
      LocalDate published, Matcher m, int offset, String text) {
    Month month = months.get(monthWord.toLowerCase(Locale.ROOT));
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
      return Optional.of(new EventDate(d, span(m, offset, text)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<EventDate> date(int year, int month, int day, Matcher m, int offset,
      String text) {
    try {
      return Optional.of(new EventDate(LocalDate.of(year, month, day),
          span(m, offset, text)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Span span(Matcher m, int offset, String text) {
    return Span.of(text, offset + m.start(), offset + m.end());
  }
}
