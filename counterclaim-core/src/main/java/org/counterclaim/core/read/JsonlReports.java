package org.counterclaim.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.counterclaim.core.clean.PublicationDates;
import org.counterclaim.core.report.Report;

/**
 * Reads reports from JSON Lines: one object per line, {@code {"id", "text", "published"?,
 * "publisher"?, "title"?, "url"?}}, blank lines skipped. Each line gives one {@link ReadResult};
 * lines are read one at a time, and a line longer than the size limit is reported without being
 * kept in memory or parsed. A problem names the line's id when it could be read, else "line N"
 * (1-based, counting blank lines). A title that the text does not already start with is put before
 * it, as the headline of a web page is; "url" is accepted and not used.
 */
public final class JsonlReports {

  private static final String UNDECODABLE = "invalid UTF-8 at or after this line; reading stopped";

  private final ObjectMapper json =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** A reader; it holds no state between inputs. */
  public JsonlReports() {}

  /**
   * {@code in} as text for {@link #read}: UTF-8 decoded with replacement, so that a line with
   * undecodable bytes is reported on its own and the lines after it are still read.
   */
  public static BufferedReader open(java.io.InputStream in) {
    return new BufferedReader(new java.io.InputStreamReader(in,
        java.nio.charset.StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)));
  }

  /**
   * The results of {@code in}, read lazily as the iterator advances. A line holding U+FFFD (what a
   * replacing decoder makes of undecodable bytes) is reported as invalid UTF-8 and reading goes
   * on; an I/O or strict-decoder error ends the iteration with a problem for the line being read
   * (a strict decoder reads ahead, so the malformed bytes may lie on a later line). The caller
   * closes {@code in}.
   */
  public Iterator<ReadResult> read(BufferedReader in, ReadOptions options) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(options, "options");
    return new Results(new Lines(in, options.maxBytes()), options);
  }

  /** Gives {@code action} the result of each non-blank line of {@code in}, in order. */
  public void forEach(BufferedReader in, ReadOptions options, Consumer<? super ReadResult> action) {
    Objects.requireNonNull(action, "action");
    read(in, options).forEachRemaining(action);
  }

  private ReadResult toResult(Line line, ReadOptions options) {
    String where = "line " + line.number();
    if (line.text() == null) {
      return new ReadResult.Problem(where, TextContent.tooLarge(line.bytes(), options.maxBytes()));
    }
    if (line.text().indexOf('\uFFFD') >= 0) {
      // a reader decoding with replacement marks undecodable bytes so: this line only is bad
      return new ReadResult.Problem(where, "invalid UTF-8 (undecodable bytes in this line)");
    }
    JsonNode node;
    try {
      node = json.readTree(line.text());
    } catch (JsonProcessingException e) {
      return new ReadResult.Problem(where, "not JSON: " + shortMessage(e));
    }
    if (node == null || !node.isObject()) {
      return new ReadResult.Problem(where, "not a JSON object");
    }
    return fromObject(node, where, options);
  }

  /**
   * The report one JSON object describes ({@code id}, {@code text}, and optionally {@code title},
   * {@code published}, {@code publisher}), or the problem with it; {@code where} names it (and
   * is its id when it has none).
   */
  public ReadResult fromObject(JsonNode node, String where, ReadOptions options) {
    JsonNode idNode = node.get("id");
    String id = where;
    if (idNode != null && !idNode.isNull()) {
      if (idNode.isTextual() || idNode.isIntegralNumber()) {
        id = idNode.asText().isBlank() ? where : idNode.asText().strip();
      } else {
        return new ReadResult.Problem(where, "\"id\" is not a string or a whole number");
      }
    }

    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return new ReadResult.Problem(id, "no \"text\" field");
    }
    if (!textNode.isTextual()) {
      return new ReadResult.Problem(id, "\"text\" is not a string");
    }
    String text = TextContent.normalise(textNode.asText());
    if (text.isBlank()) {
      return new ReadResult.Problem(id, "\"text\" is blank");
    }
    if (TextContent.isBinary(text)) {
      return new ReadResult.Problem(id, "not text (binary content)");
    }

    JsonNode titleNode = node.get("title");
    if (titleNode != null && !titleNode.isNull()) {
      if (!titleNode.isTextual()) {
        return new ReadResult.Problem(id, "\"title\" is not a string");
      }
      String title = titleNode.asText().strip();
      if (!title.isEmpty() && !text.strip().startsWith(title)) {
        text = title + "\n\n" + text;
      }
    }

    LocalDate published = options.published();
    if (published == null) {
      JsonNode value = node.get("published");
      if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
        Optional<LocalDate> date =
            value.isTextual() ? PublicationDates.parseIso(value.asText()) : Optional.empty();
        if (date.isEmpty()) {
          return new ReadResult.Problem(
              id, "\"published\" is not a date (YYYY-MM-DD): '" + shown(value) + "'");
        }
        published = date.get();
      }
    }

    String publisher = options.publisher();
    if (publisher == null) {
      JsonNode value = node.get("publisher");
      if (value != null && !value.isNull()) {
        if (!value.isTextual()) {
          return new ReadResult.Problem(id, "\"publisher\" is not a string");
        }
        publisher = value.asText().isBlank() ? null : value.asText().strip();
      }
    }
    return new ReadResult.Ok(new Report(id, text, published, publisher));
  }

  private static String shortMessage(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  private static String shown(JsonNode value) {
    String s = value.isTextual() ? value.asText() : value.toString();
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  /** One physical line: its text, or null when it has more than the limit's bytes. */
  private record Line(int number, String text, long bytes) {}

  /**
   * Splits a reader into lines at \n, \r\n or \r, like {@link BufferedReader#readLine()}, but keeps
   * at most the limit's worth of a line in memory; longer lines are only measured.
   */
  private static final class Lines {
    private final BufferedReader in;
    private final long maxBytes;
    private final char[] buffer = new char[8192];
    private int position;
    private int length;
    private boolean skipLineFeed;
    private int number;

    Lines(BufferedReader in, long maxBytes) {
      this.in = in;
      this.maxBytes = maxBytes;
    }

    /** The number the next line will have. */
    int nextNumber() {
      return number + 1;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
      StringBuilder text = new StringBuilder();
      long bytes = 0;
      boolean started = false;
      while (true) {
        if (position == length && !fill()) {
          if (!started) {
            return null;
          }
          break;
        }
        char c = buffer[position++];
        if (skipLineFeed) {
          skipLineFeed = false;
          if (c == '\n') {
            continue;
          }
        }
        started = true;
        if (c == '\n') {
          break;
        }
        if (c == '\r') {
          skipLineFeed = true;
          break;
        }
        bytes += utf8Length(c);
        if (bytes <= maxBytes) {
          text.append(c);
        } else if (text.length() > 0) {
          text.setLength(0);
          text.trimToSize();
        }
      }
      number++;
      if (bytes > maxBytes) {
        return new Line(number, null, bytes);
      }
      String s = text.toString();
      return new Line(number, number == 1 && s.startsWith("\uFEFF") ? s.substring(1) : s, bytes);
    }

    private boolean fill() throws IOException {
      int read = in.read(buffer, 0, buffer.length);
      position = 0;
      length = Math.max(read, 0);
      return read > 0;
    }

    private static int utf8Length(char c) {
      if (c < 0x80) {
        return 1;
      }
      if (c < 0x800 || Character.isSurrogate(c)) {
        return 2; // a surrogate pair is four bytes, two per half
      }
      return 3;
    }
  }

  /** Reads ahead to the next non-blank line; stops for good after an I/O error. */
  private final class Results implements Iterator<ReadResult> {
    private final Lines lines;
    private final ReadOptions options;
    private ReadResult next;
    private boolean finished;

    Results(Lines lines, ReadOptions options) {
      this.lines = lines;
      this.options = options;
    }

    @Override
    public boolean hasNext() {
      while (next == null && !finished) {
        Line line;
        try {
          line = lines.next();
        } catch (CharacterCodingException e) {
          finished = true;
          // A decoding reader fails while filling its buffer, so the bad bytes may lie further on.
          next = new ReadResult.Problem("line " + lines.nextNumber(), UNDECODABLE);
          break;
        } catch (IOException e) {
          finished = true;
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          next = new ReadResult.Problem("line " + lines.nextNumber(), "cannot read: " + message);
          break;
        }
        if (line == null) {
          finished = true;
        } else if (line.text() == null || !line.text().isBlank()) {
          next = toResult(line, options);
        }
      }
      return next != null;
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      ReadResult result = next;
      next = null;
      return result;
    }
  }
}
