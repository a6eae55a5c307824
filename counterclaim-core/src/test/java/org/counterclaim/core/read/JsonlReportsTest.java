package org.counterclaim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.counterclaim.core.report.Report;
import org.junit.jupiter.api.Test;

class JsonlReportsTest {

  private final JsonlReports jsonl = new JsonlReports();

  private List<ReadResult> readAll(String input, ReadOptions options) {
    List<ReadResult> results = new ArrayList<>();
    jsonl.forEach(new BufferedReader(new StringReader(input)), options, results::add);
    return results;
  }

  private List<ReadResult> readAll(String input) {
    return readAll(input, ReadOptions.defaults());
  }

  private static ReadResult ok(String id, String text, LocalDate published, String publisher) {
    return new ReadResult.Ok(new Report(id, text, published, publisher));
  }

  private static ReadResult.Problem problem(String input, String reason) {
    return new ReadResult.Problem(input, reason);
  }

  @Test
  void the_fixture_gives_one_result_per_non_blank_line() throws IOException {
    List<ReadResult> results = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("/read/reports.jsonl");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      jsonl.read(reader, ReadOptions.defaults()).forEachRemaining(results::add);
    }

    assertThat(results)
        .containsExactly(
            ok(
                "tarrow-1",
                "Tarrow attack\n\nTwo people died in Tarrow.",
                LocalDate.of(2032, 2, 3),
                "Lowland Post"),
            ok("line 4", "Police said nine were hurt.", LocalDate.of(2032, 2, 4), null),
            problem(
                "line 5",
                "not JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array,"
                    + " Object or token 'null', 'true' or 'false')"),
            problem("no-text", "no \"text\" field"),
            problem("bad-date", "\"published\" is not a date (YYYY-MM-DD): 'yesterday'"),
            ok("7", "Seven wounded, the ministry said.", null, null));
  }

  @Test
  void options_override_the_date_and_publisher_of_each_line() {
    ReadOptions options =
        ReadOptions.defaults().withPublished(LocalDate.of(2033, 1, 1)).withPublisher("Desk");

    List<ReadResult> results =
        readAll(
            "{\"id\":\"a\",\"text\":\"T.\",\"published\":\"2032-02-03\",\"publisher\":\"P\"}\n"
                + "{\"id\":\"b\",\"text\":\"T.\",\"published\":\"yesterday\"}\n",
            options);

    assertThat(results)
        .containsExactly(
            ok("a", "T.", LocalDate.of(2033, 1, 1), "Desk"),
            ok("b", "T.", LocalDate.of(2033, 1, 1), "Desk"));
  }

  @Test
  void blank_lines_are_skipped_but_still_counted() {
    List<ReadResult> results = readAll("\n  \n\t\n{\"id\":1}\n\n");

    assertThat(results).containsExactly(problem("1", "no \"text\" field"));
    assertThat(readAll("\n\n{}")).containsExactly(problem("line 3", "no \"text\" field"));
  }

  @Test
  void text_that_is_not_a_string_or_is_blank_is_a_problem() {
    assertThat(readAll("{\"id\":\"n\",\"text\":42}\n{\"id\":\"b\",\"text\":\"  \\n \"}"))
        .containsExactly(
            problem("n", "\"text\" is not a string"), problem("b", "\"text\" is blank"));
  }

  @Test
  void text_with_control_characters_is_not_text() {
    assertThat(readAll("{\"id\":\"x\",\"text\":\"a\\u0000b\"}"))
        .containsExactly(problem("x", "not text (binary content)"));
  }

  @Test
  void a_date_time_keeps_its_date_and_an_impossible_date_is_a_problem() {
    assertThat(
            readAll(
                "{\"id\":\"t\",\"text\":\"T.\",\"published\":\"2032-02-03T23:00:00-08:00\"}\n"
                    + "{\"id\":\"f\",\"text\":\"T.\",\"published\":\"2032-02-30\"}\n"
                    + "{\"id\":\"n\",\"text\":\"T.\",\"published\":20320203}\n"
                    + "{\"id\":\"e\",\"text\":\"T.\",\"published\":\"\"}"))
        .containsExactly(
            ok("t", "T.", LocalDate.of(2032, 2, 3), null),
            problem("f", "\"published\" is not a date (YYYY-MM-DD): '2032-02-30'"),
            problem("n", "\"published\" is not a date (YYYY-MM-DD): '20320203'"),
            ok("e", "T.", null, null));
  }

  @Test
  void a_json_value_that_is_not_an_object_is_a_problem() {
    assertThat(readAll("[1, 2]\n\"text\""))
        .containsExactly(
            problem("line 1", "not a JSON object"), problem("line 2", "not a JSON object"));
  }

  @Test
  void two_objects_on_one_line_are_not_json_lines() {
    List<ReadResult> results = readAll("{\"text\":\"a\"} {\"text\":\"b\"}");

    assertThat(results).singleElement().isInstanceOf(ReadResult.Problem.class);
    assertThat(((ReadResult.Problem) results.get(0)).reason()).startsWith("not JSON: ");
  }

  @Test
  void a_bad_id_type_or_publisher_type_or_title_type_is_a_problem() {
    assertThat(
            readAll(
                "{\"id\":{\"x\":1},\"text\":\"T.\"}\n"
                    + "{\"id\":\"p\",\"text\":\"T.\",\"publisher\":[\"A\"]}\n"
                    + "{\"id\":\"h\",\"text\":\"T.\",\"title\":7}"))
        .containsExactly(
            problem("line 1", "\"id\" is not a string or a whole number"),
            problem("p", "\"publisher\" is not a string"),
            problem("h", "\"title\" is not a string"));
  }

  @Test
  void a_title_already_at_the_start_of_the_text_is_not_repeated() {
    assertThat(readAll("{\"id\":\"r\",\"title\":\"Blast\",\"text\":\"Blast\\n\\nTwo dead.\"}"))
        .containsExactly(ok("r", "Blast\n\nTwo dead.", null, null));
  }

  @Test
  void crlf_line_endings_and_a_byte_order_mark_are_handled() {
    String input =
        "\uFEFF{\"id\":\"a\",\"text\":\"x\\r\\ny\"}\r\n\r\n{\"id\":\"b\",\"text\":\"z\"}\r";

    assertThat(readAll(input))
        .containsExactly(ok("a", "x\ny", null, null), ok("b", "z", null, null));
  }

  @Test
  void a_line_over_the_limit_is_a_problem_and_the_next_line_is_still_read() {
    ReadOptions options = ReadOptions.defaults().withMaxBytes(30);

    List<ReadResult> results =
        readAll(
            "{\"id\":\"long\",\"text\":\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"}\n"
                + "{\"id\":\"s\",\"text\":\"ok\"}",
            options);

    assertThat(results)
        .containsExactly(
            problem("line 1", "too large (37 bytes; the limit is 30)"), ok("s", "ok", null, null));
  }

  @Test
  void a_line_of_six_million_bytes_is_measured_without_being_kept() {
    long size = 6_000_000;
    Reader huge = new GeneratedLine(size, "{\"id\":\"after\",\"text\":\"Still read.\"}\n");

    List<ReadResult> results = new ArrayList<>();
    jsonl.forEach(new BufferedReader(huge), ReadOptions.defaults(), results::add);

    assertThat(results)
        .containsExactly(
            problem("line 1", "too large (6,000,000 bytes; the limit is 5,000,000)"),
            ok("after", "Still read.", null, null));
  }

  @Test
  void invalid_utf8_in_the_input_ends_reading_with_a_problem() {
    StringBuilder input = new StringBuilder();
    for (int i = 1; i <= 400; i++) {
      input.append("{\"id\":\"r").append(i).append("\",\"text\":\"Fine.\"}\n");
    }
    input.append("{\"text\":\"\u00ff\"}\n{\"id\":\"never\",\"text\":\"Unread.\"}\n");
    byte[] bytes = input.toString().getBytes(StandardCharsets.ISO_8859_1);
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()));

    List<ReadResult> results = new ArrayList<>();
    jsonl.forEach(reader, ReadOptions.defaults(), results::add);

    assertThat(results.subList(0, results.size() - 1))
        .isNotEmpty()
        .allMatch(r -> r instanceof ReadResult.Ok);
    ReadResult.Problem last = (ReadResult.Problem) results.get(results.size() - 1);
    assertThat(last.input()).isEqualTo("line " + results.size());
    assertThat(last.reason()).isEqualTo("invalid UTF-8 at or after this line; reading stopped");
  }

  @Test
  void a_failing_reader_ends_reading_with_a_problem() {
    Reader failing =
        new Reader() {
          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {}
        };

    assertThat(readAll(failing)).containsExactly(problem("line 1", "cannot read: disk gone"));
  }

  @Test
  void the_iterator_reads_lazily_and_ends_with_no_such_element() {
    Iterator<ReadResult> results =
        jsonl.read(
            new BufferedReader(new StringReader("{\"text\":\"a\"}\n\n")), ReadOptions.defaults());

    assertThat(results.hasNext()).isTrue();
    assertThat(results.hasNext()).isTrue();
    assertThat(results.next()).isEqualTo(ok("line 1", "a", null, null));
    assertThat(results.hasNext()).isFalse();
    assertThatThrownBy(results::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void random_lines_never_throw() {
    Random random = new Random(42);
    String[] pieces = {
      "{",
      "}",
      "[",
      "]",
      "\"id\"",
      "\"text\"",
      "\"published\"",
      "\"publisher\"",
      "\"title\"",
      ":",
      ",",
      "\"",
      "null",
      "7",
      "\"2031-02-03\"",
      "\\u0000",
      "\\",
      "\n",
      "\r",
      " ",
      "\uFEFF",
    };
    for (int i = 0; i < 500; i++) {
      StringBuilder input = new StringBuilder();
      int n = random.nextInt(30);
      for (int j = 0; j < n; j++) {
        input.append(
            random.nextInt(4) > 0
                ? pieces[random.nextInt(pieces.length)]
                : String.valueOf((char) random.nextInt(0x2000)));
      }
      String text = input.toString();
      ReadOptions options = ReadOptions.defaults().withMaxBytes(1 + i % 40);
      assertThatCode(() -> readAll(text, options)).as(text).doesNotThrowAnyException();
    }
  }

  private List<ReadResult> readAll(Reader reader) {
    List<ReadResult> results = new ArrayList<>();
    jsonl.forEach(new BufferedReader(reader), ReadOptions.defaults(), results::add);
    return results;
  }

  /** A first line of {@code size} ASCII characters, made up as it is read, then {@code rest}. */
  private static final class GeneratedLine extends Reader {
    private final long size;
    private final String rest;
    private long produced;

    GeneratedLine(long size, String rest) {
      this.size = size;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      long total = size + 1 + rest.length();
      if (produced >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - produced);
      for (int i = 0; i < n; i++, produced++) {
        if (produced < size) {
          buffer[offset + i] = 'a';
        } else if (produced == size) {
          buffer[offset + i] = '\n';
        } else {
          buffer[offset + i] = rest.charAt((int) (produced - size - 1));
        }
      }
      return n;
    }

    @Override
    public void close() {
      // nothing to release: the characters are generated
    }
  }
}
