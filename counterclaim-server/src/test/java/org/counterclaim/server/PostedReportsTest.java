package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.counterclaim.server.testkit.ApiContract;
import org.counterclaim.server.testkit.SharedExtractor;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.Test;

/**
 * Reports posted to the API, one after another and many at once while the page is read, are
 * every one answered 201 and stored, the same on every database: subclasses give the ledger.
 */
abstract class PostedReportsTest {

  private static final String TOKEN = "a-long-test-token-0123456789";
  private static final String[] TOWNS = {"Kalat", "Quetta", "Turbat", "Gwadar", "Khuzdar",
      "Mastung", "Noshki", "Panjgur", "Bannu", "Lakki Marwat", "Maiduguri", "Djibo"};
  private static final String[] VICTIMS = {"policemen", "soldiers", "civilians", "levies",
      "passengers", "security guards"};
  private static final String[] VOICES = {"police said", "officials told reporters",
      "a hospital doctor said", "the military said in a statement", "residents said"};

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();

  /** A new, empty ledger. */
  abstract LedgerConfig emptyLedger();

  /** A short report of its own for number {@code n}. */
  private static String report(String prefix, int n) {
    String town = TOWNS[n % TOWNS.length];
    String victims = VICTIMS[(n / 3) % VICTIMS.length];
    String voice = VOICES[(n / 7) % VOICES.length];
    int killed = 2 + n % 37;
    String text = "Gunmen killed " + killed + " " + victims + " and wounded " + (n % 11)
        + " others in an attack near " + town + " on the night of " + (1 + n % 28)
        + " March, " + voice + ". Report " + prefix + n + " of the test wire.";
    return "{\"id\": \"" + prefix + n + "\", \"published\": \"2026-03-" + String.format("%02d",
        1 + n % 28) + "\", \"publisher\": \"Test Wire\", \"text\": \"" + text + "\"}";
  }

  private int post(CounterclaimServer server, String body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
        + "/api/reports")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(5))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> a =
        ApiContract.check(http.send(r, HttpResponse.BodyHandlers.ofString()));
    if (a.statusCode() != 201) {
      throw new AssertionError(a.statusCode() + " " + a.body());
    }
    return a.statusCode();
  }

  /** A reader loading the incident list (and a report) until told to stop; its answers. */
  private Future<Integer> reader(ExecutorService pool, CounterclaimServer server,
      AtomicBoolean going, List<Integer> statuses) {
    return pool.submit(() -> {
      int reads = 0;
      while (going.get()) {
        for (String path : List.of("/api/incidents?limit=50", "/api/report?id=s0")) {
          HttpResponse<String> a = ApiContract.check(http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + server.port() + path))
              .timeout(Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.ofString()));
          statuses.add(a.statusCode());
        }
        reads++;
      }
      return reads;
    });
  }

  @Test
  void five_hundred_posts_in_turn_and_five_hundred_from_sixteen_writers_are_all_stored()
      throws Exception {
    LedgerConfig ledger = emptyLedger();
    try (Ledger l = Ledger.open(ledger)) {
      assertThat(l.count("reports")).isZero();
    }
    int each = 500;
    int writers = 16;
    ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
    List<Integer> reads = java.util.Collections.synchronizedList(new ArrayList<>());
    try (CounterclaimServer server = CounterclaimServer.start(ServerConfig.of(ledger)
        .at("localhost", 0).withToken(TOKEN), SharedExtractor::get)) {
      AtomicBoolean going = new AtomicBoolean(true);
      // one client, one report at a time (the first is the reader's report, s0)
      post(server, report("s", 0));
      Future<Integer> reader = reader(pool, server, going, reads);
      for (int n = 1; n < each; n++) {
        post(server, report("s", n));
      }
      // sixteen clients at once
      AtomicInteger next = new AtomicInteger();
      ConcurrentHashMap<Integer, Integer> answered = new ConcurrentHashMap<>();
      List<Future<?>> done = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        done.add(pool.submit(() -> {
          for (int n = next.getAndIncrement(); n < each; n = next.getAndIncrement()) {
            answered.put(n, post(server, report("c", n)));
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      going.set(false);
      assertThat(reader.get()).isPositive();
      assertThat(answered).hasSize(each).allSatisfy((n, status) -> assertThat(status)
          .isEqualTo(201));
    } finally {
      pool.shutdownNow();
    }
    assertThat(reads).isNotEmpty().containsOnly(200);
    try (Ledger l = Ledger.open(ledger)) {
      assertThat(l.count("reports")).isEqualTo(2L * each);
      for (int n = 0; n < each; n++) {
        assertThat(l.report("s" + n)).as("s" + n).isPresent();
        assertThat(l.report("c" + n)).as("c" + n).isPresent();
      }
      assertThat(l.incidents().stale()).isFalse();
      assertThat(l.incidents().incidentOf("c" + (each - 1))).isNotNull();
    }
  }
}
