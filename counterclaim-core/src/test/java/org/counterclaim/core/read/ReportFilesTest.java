package org.counterclaim.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  private final ReportFiles files = new ReportFiles(new HtmlCleaner(Vocabulary.shipped()));

  @TempDir Path dir;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ReportFilesTest.class.getResource("/read/" + name).toURI());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private ReadResult read(Path file) {
    return files.read(file, ReadOptions.defaults());
  }

  private static ReadResult.Problem problem(Path file, String reason) {
    return new ReadResult.Problem(file.toString(), reason);
  }

  @Test
  void a_plain_text_file_is_a_report_named_by_its_path() throws Exception {
    Path file = fixture("plain-report.txt");

    ReadResult result = read(file);

    assertThat(result)
        .isEqualTo(
            new ReadResult.Ok(
                new Report(
                    file.toString(),
                    "Three people were killed when a minibus hit a roadside bomb near the"
                        + " fictional town of Varn on Monday, a local official said.\n\n"
                        + "The official said five others were wounded.\n",
                    null,
                    null)));
  }

  @Test
  void a_web_page_is_cleaned_and_gives_its_date_and_publisher() throws Exception {
    Path file = fixture("saved-page.html");

    ReadResult result = read(file);

    assertThat(result)
        .isEqualTo(
            new ReadResult.Ok(
                new Report(
                    file.toString(),
                    "Bridge attack in Tarrow leaves one dead\n\n"
                        + "One guard was killed in an attack on the Tarrow bridge checkpoint, the"
                        + " army said.",
                    LocalDate.of(2032, 2, 3),
                    "Lowland Post")));
  }

  @Test
  void options_override_the_date_and_publisher_of_the_page() throws Exception {
    ReadOptions options =
        ReadOptions.defaults().withPublished(LocalDate.of(2032, 2, 1)).withPublisher("Wire desk");

    ReadResult result = files.read(fixture("saved-page.html"), options);

    assertThat(result).isInstanceOf(ReadResult.Ok.class);
    Report report = ((ReadResult.Ok) result).report();
    assertThat(report.published()).isEqualTo(LocalDate.of(2032, 2, 1));
    assertThat(report.publisher()).isEqualTo("Wire desk");
  }

  @Test
  void options_give_the_date_and_publisher_of_plain_text() throws Exception {
    ReadOptions options = new ReadOptions(1000, LocalDate.of(2030, 5, 6), "Radio Varn");

    ReadResult result = files.read(fixture("plain-report.txt"), options);

    assertThat(((ReadResult.Ok) result).report())
        .extracting(Report::published, Report::publisher)
        .containsExactly(LocalDate.of(2030, 5, 6), "Radio Varn");
  }

  @Test
  void an_upper_case_htm_extension_is_a_web_page() throws Exception {
    Path file = write("PAGE.HTM", "<title>T</title><article><p>Body text.</p></article>");

    assertThat(((ReadResult.Ok) read(file)).report().text()).isEqualTo("T\n\nBody text.");
  }

  @Test
  void a_web_page_without_readable_text_is_a_problem() throws Exception {
    Path file = write("empty.html", "<html><head><script>var x = 1;</script></head></html>");

    assertThat(read(file)).isEqualTo(problem(file, "no article text in the web page"));
  }

  @Test
  void a_byte_order_mark_is_removed() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Two wounded.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    Path file = write("bom.txt", bytes);

    assertThat(((ReadResult.Ok) read(file)).report().text()).isEqualTo("Two wounded.");
  }

  @Test
  void windows_and_old_mac_line_endings_become_line_feeds() throws Exception {
    Path file = write("crlf.txt", "First line.\r\n\r\nSecond line.\rThird line.\r\n");

    assertThat(((ReadResult.Ok) read(file)).report().text())
        .isEqualTo("First line.\n\nSecond line.\nThird line.\n");
  }

  @Test
  void a_missing_file_is_a_problem() {
    Path file = dir.resolve("absent.txt");

    assertThat(read(file)).isEqualTo(problem(file, "no such file"));
  }

  @Test
  void a_directory_is_a_problem() {
    assertThat(read(dir)).isEqualTo(problem(dir, "is a directory"));
  }

  @Test
  void a_path_through_a_file_cannot_be_read() throws Exception {
    Path file = write("plain.txt", "Text.").resolve("child.txt");

    ReadResult result = read(file);

    assertThat(result).isInstanceOf(ReadResult.Problem.class);
    assertThat(((ReadResult.Problem) result).reason()).startsWith("cannot read: ");
  }

  @Test
  void an_empty_file_is_a_problem() throws Exception {
    Path file = write("empty.txt", new byte[0]);

    assertThat(read(file)).isEqualTo(problem(file, "empty file"));
  }

  @Test
  void a_whitespace_only_file_is_a_problem() throws Exception {
    Path file = write("blank.txt", "\uFEFF \r\n\t\n  ");

    assertThat(read(file)).isEqualTo(problem(file, "blank (only whitespace)"));
  }

  @Test
  void a_file_with_a_nul_byte_is_binary() throws Exception {
    Path file = write("nul.txt", new byte[] {'a', 'b', 0, 'c'});

    assertThat(read(file)).isEqualTo(problem(file, "not text (binary content)"));
  }

  @Test
  void a_file_with_many_control_characters_is_binary() throws Exception {
    byte[] bytes = "abcdefghi\u0001abcdefgh\u0002".getBytes(StandardCharsets.US_ASCII);
    Path file = write("controls.txt", bytes);

    assertThat(read(file)).isEqualTo(problem(file, "not text (binary content)"));
  }

  @Test
  void a_few_control_characters_are_still_text() throws Exception {
    Path file = write("form-feed.txt", "Page one.\f\tPage two.\u0007 and more words here.");

    assertThat(read(file)).isInstanceOf(ReadResult.Ok.class);
  }

  @Test
  void invalid_utf8_is_a_problem_that_gives_the_byte_offset() throws Exception {
    byte[] bytes = "Caf\u00e9 ok, then ".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = Arrays.copyOf(bytes, bytes.length + 3);
    withBadByte[bytes.length] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
    withBadByte[bytes.length + 1] = 'x';
    withBadByte[bytes.length + 2] = 'y';
    Path file = write("latin.txt", withBadByte);

    assertThat(read(file)).isEqualTo(problem(file, "invalid UTF-8 at byte " + bytes.length));
  }

  @Test
  void a_50_megabyte_single_line_file_is_rejected_by_its_size() throws Exception {
    Path file = dir.resolve("huge.txt");
    byte[] chunk = new byte[1 << 20];
    Arrays.fill(chunk, (byte) 'a');
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }

    assertThat(read(file))
        .isEqualTo(problem(file, "too large (52,428,800 bytes; the limit is 5,000,000)"));
  }

  @Test
  void a_file_just_at_the_limit_is_read() throws Exception {
    Path file = write("limit.txt", "12345");

    assertThat(files.read(file, ReadOptions.defaults().withMaxBytes(5)))
        .isInstanceOf(ReadResult.Ok.class);
    assertThat(files.read(file, ReadOptions.defaults().withMaxBytes(4)))
        .isEqualTo(problem(file, "too large (5 bytes; the limit is 4)"));
  }

  @Test
  void random_bytes_never_throw() throws Exception {
    Random random = new Random(1234);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      if (random.nextBoolean()) {
        for (int j = 0; j < bytes.length; j++) {
          bytes[j] = (byte) (bytes[j] & 0x7f | 0x20); // mostly printable, sometimes valid text
        }
      }
      Path file = write(i % 3 == 0 ? "random.html" : "random.txt", bytes);
      assertThatCode(() -> read(file)).doesNotThrowAnyException();
    }
  }
}
