package org.counterclaim.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.app.testkit.Chromium;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.server.CounterclaimServer;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A ledger of 2,500 incidents (made up, stored without CoreNLP by {@code bench api
 * --build-only}) in a headless Chromium: every incident is on the map, in numbered clusters
 * that split as the map zooms in; the list pages through them with the API's cursor; the
 * timeline sums weeks or months and zooms in to days; the console takes no error.
 */
class LargeLedgerBrowserTest {

  private static final int INCIDENTS = 2500;

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static Chromium browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    String db = dir.resolve("large.db").toString();
    Cli.Run built = Cli.run("bench", "api", "--incidents", String.valueOf(INCIDENTS), "--db", db,
        "--build-only");
    assertThat(built.exitCode()).as(built.err()).isZero();
    server = CounterclaimServer.start(ServerConfig.of(LedgerConfig.of(db)).at("localhost", 0),
        () -> {
          throw new IllegalStateException("this test posts no reports");
        });
    base = "http://localhost:" + server.port() + "/";
    browser = Chromium.start(Chromium.DESKTOP, dir.resolve("chromium"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @AfterEach
  void the_console_took_no_errors() {
    assertThat(browser.consoleErrors()).isEmpty();
  }

  private static long js(String script) {
    return ((Number) browser.js(script)).longValue();
  }

  private static long drawnIncidents() {
    return js("return [...document.querySelectorAll('#map .incident-cluster')]"
        + ".reduce((n, c) => n + Number(c.dataset.count), 0)"
        + " + document.querySelectorAll('#map path.incident-marker').length");
  }

  @Test
  void every_incident_is_on_the_map_in_clusters_that_split_when_zoomed_in() throws IOException {
    ChromeDriver d = browser.driver();
    d.get(base);
    browser.waiting().until(x -> !x.findElements(By.cssSelector("#incident-count")).isEmpty());
    assertThat(d.findElement(By.id("incident-count")).getAttribute("data-count"))
        .isEqualTo(String.valueOf(INCIDENTS));
    assertThat(d.findElement(By.id("map")).getAttribute("data-placed"))
        .isEqualTo(String.valueOf(INCIDENTS));
    List<WebElement> clusters = d.findElements(By.cssSelector("#map .incident-cluster"));
    assertThat(clusters).isNotEmpty().hasSizeLessThan(100);
    assertThat(drawnIncidents()).isEqualTo(INCIDENTS);
    assertThat(d.findElement(By.cssSelector("details.map-legend .cluster-key")).isDisplayed())
        .isTrue();
    browser.screenshot("large-map.png");

    // a click on the biggest cluster zooms in; the incidents are all still drawn, in more groups
    int before = clusters.size() + d.findElements(By.cssSelector("#map path.incident-marker"))
        .size();
    WebElement biggest = clusters.stream().max(java.util.Comparator.comparingInt(
        c -> Integer.parseInt(c.getAttribute("data-count")))).orElseThrow();
    browser.js("arguments[0].click()", biggest);   // where the legend may cover it
    browser.waiting().until(x -> x.findElements(By.cssSelector("#map .incident-cluster")).size()
        + x.findElements(By.cssSelector("#map path.incident-marker")).size() != before
        || !x.findElements(By.cssSelector(".leaflet-popup .cluster-card")).isEmpty());
    assertThat(drawnIncidents()).isEqualTo(INCIDENTS);
  }

  @Test
  void the_list_pages_through_every_incident_with_the_cursor() {
    ChromeDriver d = browser.driver();
    d.get(base);
    browser.waiting().until(x -> x.findElements(By.cssSelector("#incident-list .incident-row"))
        .size() == 50);
    assertThat(d.findElement(By.cssSelector(".pager-top .page-range")).getText())
        .startsWith("Incidents 1–50");
    assertThat(d.findElement(By.cssSelector(".pager-top .newer")).isEnabled()).isFalse();
    String first = firstRow(d);
    d.findElement(By.cssSelector(".pager-top .older")).click();
    browser.waiting().until(x -> x.findElement(By.cssSelector(".pager-top .page-range")).getText()
        .startsWith("Incidents 51–100"));
    String second = firstRow(d);
    assertThat(second).isNotEqualTo(first);
    assertThat(d.findElements(By.cssSelector("#incident-list .incident-row"))).hasSize(50);
    d.findElement(By.cssSelector(".pager-top .older")).click();
    browser.waiting().until(x -> x.findElement(By.cssSelector(".pager-top .page-range")).getText()
        .startsWith("Incidents 101–150"));
    d.findElement(By.cssSelector(".pager-top .newer")).click();
    browser.waiting().until(x -> x.findElement(By.cssSelector(".pager-top .page-range")).getText()
        .startsWith("Incidents 51–100"));
    assertThat(firstRow(d)).isEqualTo(second);
  }

  private static String firstRow(ChromeDriver d) {
    return d.findElement(By.cssSelector("#incident-list .incident-row")).getAttribute("data-id");
  }

  @Test
  void the_timeline_sums_longer_periods_and_zooms_in_to_days() {
    ChromeDriver d = browser.driver();
    d.get(base);
    browser.waiting().until(x -> !x.findElements(By.cssSelector("#timeline svg.timeline-chart"))
        .isEmpty());
    WebElement chart = d.findElement(By.cssSelector("#timeline svg.timeline-chart"));
    assertThat(chart.getAttribute("data-unit")).isIn("week", "month");
    for (int i = 0; i < 6; i++) {
      d.findElement(By.cssSelector("#timeline .tl-zoom-in")).click();
    }
    assertThat(d.findElement(By.cssSelector("#timeline svg.timeline-chart"))
        .getAttribute("data-unit")).isEqualTo("day");
  }
}
