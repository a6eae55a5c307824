package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.server.testkit.ApiContract;
import org.counterclaim.server.testkit.SharedExtractor;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size limit holds for every transfer encoding, and clients that send their bodies slowly
 * hold no thread the readers need.
 */
class UploadLimitsTest {

  private static final String TOKEN = "a-long-test-token-0123456789";
  private static final String REPORT = "{\"id\": \"chunked-1\", \"text\": \"Gunmen killed four"
      + " levies at a post near Kalat on Sunday night, officials said.\"}";

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static LedgerConfig ledger;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .build();

  @BeforeAll
  static void start() {
    ledger = LedgerConfig.of(dir.resolve("limits.db").toString());
    try (Ledger l = Ledger.open(ledger)) {
      l.count("reports");
    }
    server = CounterclaimServer.start(ServerConfig.of(ledger).at("localhost", 0)
        .withToken(TOKEN), SharedExtractor::get);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A body of unknown length: the client sends it in chunks. */
  private HttpResponse<String> postChunked(byte[] body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/api/reports")).header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();
    return ApiContract.check(http.send(r, HttpResponse.BodyHandlers.ofString()));
  }

  @Test
  void a_chunked_body_over_the_limit_is_413_and_one_within_it_is_stored() throws Exception {
    byte[] huge = ("{\"text\": \"" + "x".repeat(2_000_000) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused = postChunked(huge);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    assertThat(refused.body()).contains("larger than 1000000 bytes");
    assertThat(refused.headers().firstValue("Transfer-Encoding")).isNotEqualTo("chunked");

    HttpResponse<String> stored = postChunked(REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    try (Ledger l = Ledger.open(ledger)) {
      assertThat(l.report("chunked-1")).isPresent();
    }
  }

  /** A client that sent its headers and the first bytes of a long body, then waits. */
  private Socket slowPost() throws IOException {
    Socket s = new Socket("localhost", server.port());
    OutputStream out = s.getOutputStream();
    out.write(("POST /api/reports HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TOKEN
        + "\r\nContent-Type: application/json\r\nContent-Length: 50000\r\n\r\n{\"text\": \"")
        .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return s;
  }

  @Test
  void slow_bodies_hold_no_thread_that_reads_need() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      // more slow clients than the server has request threads
      for (int i = 0; i < 24; i++) {
        slow.add(slowPost());
      }
      for (int i = 0; i < 20; i++) {
        HttpResponse<String> a = ApiContract.check(http.send(HttpRequest.newBuilder(URI.create(
            "http://localhost:" + server.port() + "/api/incidents"))
            .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        assertThat(a.statusCode()).isEqualTo(200);
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void a_body_that_trickles_in_slower_than_the_minimum_rate_is_cut_off() throws Exception {
    try (Socket s = slowPost()) {
      s.setSoTimeout(20_000);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      String answer = "";
      try {
        // a byte every 100 ms: about 10 bytes a second, far below 1 KB a second
        for (int i = 0; i < 100 && in.available() == 0; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
        answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      } catch (java.net.SocketTimeoutException e) {
        answer = "still waiting";
      } catch (IOException closed) {
        // the server may close the connection without an answer: also cut off
        answer = "closed";
      }
      assertThat(answer).isIn("HTTP/1.1 408", "closed");
      if (answer.startsWith("HTTP")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("arrived slower than 1024 bytes a second");
      }
    }
  }

  @Test
  void a_report_beyond_the_waiting_room_is_503_to_send_again_and_the_others_are_stored()
      throws Exception {
    LedgerConfig other = LedgerConfig.of(dir.resolve("queue.db").toString());
    java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
    // the extractor "loads" only when the test says so: the first report waits for it, the
    // second waits in the queue (room for one), the third finds no room
    try (CounterclaimServer small = CounterclaimServer.start(ServerConfig.of(other)
        .at("localhost", 0).withToken(TOKEN).withUploadLimits(1, 8, 1024), () -> {
          try {
            loaded.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return SharedExtractor.get();
        })) {
      java.util.function.IntFunction<java.util.concurrent.CompletableFuture<
          HttpResponse<String>>> post = n -> http.sendAsync(HttpRequest.newBuilder(URI.create(
              "http://localhost:" + small.port() + "/api/reports"))
              .header("Authorization", "Bearer " + TOKEN)
              .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"q" + n + "\", \"text\":"
                  + " \"Gunmen killed " + (n + 2) + " soldiers near Turbat, officials said.\"}"))
              .build(), HttpResponse.BodyHandlers.ofString()).thenApply(ApiContract::check);
      var first = post.apply(1);
      Thread.sleep(500);
      var second = post.apply(2);
      Thread.sleep(500);
      HttpResponse<String> third = post.apply(3).get();
      assertThat(third.statusCode()).as(third.body()).isEqualTo(503);
      assertThat(third.headers().firstValue("Retry-After")).contains("1");
      assertThat(third.body()).contains("send it again");
      loaded.countDown();
      assertThat(first.get().statusCode()).as(first.get().body()).isEqualTo(201);
      assertThat(second.get().statusCode()).as(second.get().body()).isEqualTo(201);
      HttpResponse<String> again = post.apply(3).get();
      assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }
    try (Ledger l = Ledger.open(other)) {
      assertThat(l.count("reports")).isEqualTo(3);
    }
  }
}
