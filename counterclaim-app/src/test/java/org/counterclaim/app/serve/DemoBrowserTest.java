package org.counterclaim.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.counterclaim.app.testkit.Chromium;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.server.CounterclaimServer;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The demo in a real headless Chromium, on a desktop screen and on a phone's (390×844): the map,
 * the zoomable timeline and the list load with download links for the filtered incidents; an
 * incident shows its competing figures, a claim opens its sentence highlighted and gives a
 * permalink that opens it again; the credibility gap draws; a posted report with a script in it
 * shows as text; a report in another language wears its language; on the phone the legend folds,
 * wide tables scroll in their box and no figure is cut. No test leaves an error in the browser's
 * console. Screenshots go to target/screenshots/ (see {@link Chromium} for the README's).
 */
class DemoBrowserTest {

  private static final String TOKEN = "browser-test-token-0123456789";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static Chromium desktop;
  private static Chromium phone;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    LedgerConfig ledger = LedgerConfig.of(dir.resolve("demo.db").toString());
    Extractor extractor = Cli.SHARED.load(ExtractorConfig.defaults());
    IncidentGrouping.Result built = DemoCommand.build(ledger, extractor);
    assertThat(built.reports()).isGreaterThanOrEqualTo(40);
    server = CounterclaimServer.start(ServerConfig.of(ledger).at("localhost", 0)
        .withToken(TOKEN), () -> extractor);
    base = "http://localhost:" + server.port() + "/";
    desktop = Chromium.start(Chromium.DESKTOP, dir.resolve("chromium-desktop"));
    phone = Chromium.start(Chromium.PHONE, dir.resolve("chromium-phone"));
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {desktop, phone, server}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        throw new IllegalStateException("could not stop " + c, e);
      }
    }
  }

  @AfterEach
  void the_console_took_no_errors() {
    assertThat(desktop.consoleErrors()).as("desktop console").isEmpty();
    assertThat(phone.consoleErrors()).as("phone console").isEmpty();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The id of the coordinated attack on Noshki, Mastung, Kalat and Turbat. */
  private static String balochistanAttack() throws Exception {
    return JSON.readTree(get("api/incidents?place=Kalat").body()).path("items").get(0)
        .path("id").asText();
  }

  private static String timelineRange(Chromium b) {
    WebElement svg = b.driver().findElement(By.cssSelector("#timeline svg.timeline-chart"));
    return svg.getAttribute("data-from") + " " + svg.getAttribute("data-to");
  }

  private static long days(String range) {
    String[] r = range.split(" ");
    return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(r[0]),
        java.time.LocalDate.parse(r[1]));
  }

  @Test
  void the_map_timeline_and_list_show_the_demo_incidents() throws Exception {
    ChromeDriver d = desktop.driver();
    d.get(base);
    desktop.waiting().until(x -> x.findElements(By.cssSelector("#incident-list .incident-row"))
        .size() >= 15);
    assertThat(d.findElements(By.cssSelector("#map .leaflet-interactive")).size())
        .isGreaterThanOrEqualTo(15);
    assertThat(d.findElement(By.cssSelector("details.map-legend")).getAttribute("open"))
        .isNotNull();
    desktop.screenshot("home.png", "home.png");

    // the timeline zooms with its buttons and by dragging across it, and goes back to all
    desktop.js("document.getElementById('timeline').scrollIntoView({block: 'center'})");
    desktop.screenshot("timeline.png");
    String all = timelineRange(desktop);
    d.findElement(By.cssSelector("#timeline .tl-zoom-in")).click();
    String zoomed = timelineRange(desktop);
    assertThat(days(zoomed)).isLessThan(days(all));
    WebElement chart = d.findElement(By.cssSelector("#timeline svg.timeline-chart"));
    new org.openqa.selenium.interactions.Actions(d).moveToElement(chart, -200, 0).clickAndHold()
        .moveByOffset(150, 0).release().perform();
    assertThat(days(timelineRange(desktop))).isLessThan(days(zoomed));
    desktop.screenshot("timeline-zoomed.png");
    d.findElement(By.cssSelector("#timeline .tl-reset")).click();
    assertThat(timelineRange(desktop)).isEqualTo(all);

    // the downloads carry the filters
    assertThat(d.findElement(By.id("download-csv")).getAttribute("href"))
        .isEqualTo(base + "api/incidents.csv");
    d.get(base + "#/?place=Kalat&since=2025-01-01");
    desktop.waiting().until(x -> x.findElement(By.id("download-geojson")).getAttribute("href")
        .endsWith("api/incidents.geojson?place=Kalat&since=2025-01-01"));
    assertThat(d.findElement(By.id("download-csv")).getAttribute("href"))
        .endsWith("api/incidents.csv?place=Kalat&since=2025-01-01");
    // and the server answers them with the filtered incidents
    HttpResponse<String> csv = get("api/incidents.csv?place=Kalat&since=2025-01-01");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("event_id,").contains("Kalat");
    HttpResponse<String> geojson = get("api/incidents.geojson?place=Kalat&since=2025-01-01");
    assertThat(geojson.statusCode()).isEqualTo(200);
    assertThat(geojson.body()).contains("\"FeatureCollection\"");
  }

  @Test
  void an_incident_shows_competing_figures_and_a_claims_sentence_with_its_permalink()
      throws Exception {
    String id = balochistanAttack();
    ChromeDriver d = desktop.driver();
    d.get(base);
    WebElement row = desktop.waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".incident-row[data-id='" + id + "']")));
    row.findElement(By.cssSelector("td.id a")).click();
    desktop.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("incident-title"), "Balochist"));
    WebElement figure = securityForcesKilled(desktop);
    // the officials', the spokesman's and the BLA's figures stand side by side
    List<WebElement> claims = figure.findElements(By.cssSelector(".interval-chart .claim-row"));
    assertThat(claims.size()).isGreaterThanOrEqualTo(4);
    assertThat(figure.getText()).contains("BLA").containsIgnoringCase("contested");
    assertThat(figure.findElement(By.cssSelector(".reconciled")).getText()).contains("best");
    desktop.screenshot("incident.png");

    WebElement bla = claims.stream().filter(c -> c.getText().contains("BLA")).findFirst()
        .orElseThrow();
    desktop.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bla);
    WebElement mark = desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-panel mark.evidence")));
    String sentence = mark.getText();
    assertThat(sentence).contains("280");
    desktop.js("arguments[0].scrollIntoView({block:'center'})", mark);
    desktop.screenshot("incident-sentence.png", "incident-sentence.png");

    // the address is now the sentence's permalink, which the panel also shows
    String link = d.findElement(By.cssSelector("#report-panel a.permalink")).getAttribute("href");
    assertThat(link).startsWith(base + "#/incident/" + id + "?report=").contains("&at=");
    assertThat(d.getCurrentUrl()).isEqualTo(link);
    // "Copy link" copies it, or, where the page may not write the clipboard, shows it selected
    d.findElement(By.cssSelector("#report-panel .copy-link")).click();
    desktop.waiting().until(x -> x.findElement(By.cssSelector("#report-panel .copy-note"))
        .getText().contains("copied") || x.findElements(By.cssSelector("#report-panel .copy-field"))
        .stream().anyMatch(f -> link.equals(f.getAttribute("value"))));
    d.get(base + "#/gap/");
    desktop.waiting().until(x -> x.findElement(By.id("gap-title")).isDisplayed());
    d.get(link);
    WebElement again = desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-panel mark.evidence")));
    assertThat(again.getText()).isEqualTo(sentence);
    assertThat(d.findElement(By.cssSelector(".claim-quote.active")).getText()).contains("BLA");
  }

  private static WebElement securityForcesKilled(Chromium b) {
    return b.waiting().until(x -> x.findElements(By.cssSelector(
        "section.figure[data-outcome=killed][data-victims=security_forces]")).stream()
        .findFirst().orElse(null));
  }

  @Test
  void the_credibility_gap_of_a_claimant_is_drawn() throws IOException {
    desktop.driver().get(base + "#/gap/ISPR");
    desktop.waiting().until(x -> !x.findElements(By.cssSelector("#gap-chart svg")).isEmpty());
    assertThat(desktop.driver().findElement(By.cssSelector("table.gap-table")).getText())
        .contains("ISPR");
    desktop.screenshot("gap.png", "gap.png");
  }

  private static void post(String json) throws Exception {
    HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base + "api/reports")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
  }

  /** Opens report {@code id} from the search for {@code word}. */
  private static void openFromSearch(String word, String id) {
    ChromeDriver d = desktop.driver();
    d.get(base + "#/search?q=" + word);
    desktop.waiting().ignoring(StaleElementReferenceException.class)
        .until(x -> x.findElement(By.id("search-reports")).getText().contains(id));
    d.findElement(By.cssSelector("#search-reports button.report-link[data-report='" + id + "']"))
        .click();
  }

  @Test
  void a_posted_report_with_a_script_in_it_shows_as_text() throws Exception {
    post("{\"id\": \"xss-test\", \"publisher\": \"Test Wire\", \"published\":"
        + " \"2025-04-29\", \"text\": \"Zorblatt market attack: two people were killed in"
        + " Quetta on Monday, police said. <script>window.pwned = true;</script> <img src=x"
        + " onerror=\\\"window.pwned = true\\\">\"}");
    openFromSearch("Zorblatt", "xss-test");
    desktop.waiting().until(x -> x.findElement(By.tagName("body")).getText().contains("<script>"));
    assertThat(desktop.driver().findElements(By.cssSelector("#search-reports script,"
        + " #report-text script, #report-text img"))).isEmpty();
    assertThat(desktop.js("return window.pwned === true")).isEqualTo(false);
  }

  @Test
  void a_report_in_another_language_wears_its_language() throws Exception {
    // written for this test: a German paragraph about a made-up market fire
    post("{\"id\": \"german-test\", \"publisher\": \"Testblatt\", \"published\": \"2025-05-02\","
        + " \"text\": \"Am Montag brannte der Wochenmarkt von Quellstadt. Nach Angaben der"
        + " Feuerwehr wurde niemand verletzt, aber die Händler verloren ihre Waren. Die Polizei"
        + " sucht nach der Ursache und bittet die Bewohner um Hinweise.\"}");
    String language = JSON.readTree(get("api/report?id=german-test").body()).path("language")
        .asText();
    assertThat(language).isNotEmpty().isNotEqualTo("en");
    openFromSearch("Quellstadt", "german-test");
    WebElement badge = desktop.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-panel .report-meta .badge.lang")));
    assertThat(badge.getAttribute("data-language")).isEqualTo(language);
    if (language.matches("[a-z]{2,3}") && !"und".equals(language)) {
      assertThat(badge.getText()).isEqualTo(language.toUpperCase(java.util.Locale.ROOT));
    } else {
      assertThat(badge.getText()).isNotBlank();   // "other" or "und": said in words
    }
  }

  /** Whether the page is wider than the screen (a reader would have to scroll sideways). */
  private static boolean overflowsSideways(Chromium b) {
    return (Boolean) b.js("return document.documentElement.scrollWidth > window.innerWidth");
  }

  @Test
  void on_a_phone_the_legend_folds_and_tables_scroll_in_their_box() throws Exception {
    ChromeDriver d = phone.driver();
    d.get(base);
    phone.waiting().until(x -> x.findElements(By.cssSelector("#incident-list .incident-row"))
        .size() >= 15);
    assertThat((Long) phone.js("return window.innerWidth")).isEqualTo(390L);
    WebElement legend = d.findElement(By.cssSelector("details.map-legend"));
    assertThat(legend.getAttribute("open")).isNull();
    phone.screenshot("home.png", "phone-home.png");
    legend.findElement(By.tagName("summary")).click();
    assertThat(legend.getAttribute("open")).isNotNull();
    assertThat(overflowsSideways(phone)).isFalse();
    // the list is wider than the screen: it scrolls in its own box, and no value is cut
    assertThat((Boolean) phone.js("const w = document.querySelector('#incident-list .table-wrap');"
        + " return w.scrollWidth > w.clientWidth && getComputedStyle(w).overflowX === 'auto'"))
        .isTrue();
    assertThat((Long) phone.js("return [...document.querySelectorAll('#incident-list td')]"
        + ".filter((td) => td.scrollWidth > td.clientWidth + 1).length")).isZero();
    d.findElement(By.cssSelector("#timeline .tl-zoom-in")).click();
    assertThat(overflowsSideways(phone)).isFalse();
  }

  @Test
  void on_a_phone_an_incident_shows_every_figure_whole() throws Exception {
    ChromeDriver d = phone.driver();
    d.get(base + "#/incident/" + balochistanAttack());
    WebElement figure = securityForcesKilled(phone);
    assertThat(figure.findElements(By.cssSelector(".interval-chart .claim-row")).size())
        .isGreaterThanOrEqualTo(4);
    assertThat(overflowsSideways(phone)).isFalse();
    // every text of every chart lies inside its chart, and no figure is shortened
    assertThat((Long) phone.js("return [...document.querySelectorAll('svg.chart text')].filter((t)"
        + " => { const b = t.getBBox(), v = t.ownerSVGElement.viewBox.baseVal;"
        + " return b.width > 0 && (b.x < -1 || b.x + b.width > v.width + 1); }).length")).isZero();
    assertThat(figure.findElements(By.cssSelector("svg.interval text.count")))
        .allSatisfy(t -> assertThat(t.getText()).doesNotContain("…").isNotBlank());
    phone.js("arguments[0].scrollIntoView({block: 'start'})", figure);
    phone.screenshot("incident.png", "phone-incident.png");
    WebElement claim = figure.findElement(By.cssSelector(".claim-list .claim-quote"));
    claim.click();
    WebElement mark = phone.waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-panel mark.evidence")));
    assertThat(mark.getText()).isNotBlank();
    phone.screenshot("incident-sentence.png");
    assertThat(overflowsSideways(phone)).isFalse();
  }

  @Test
  void on_a_phone_the_gap_and_search_fit_the_screen() throws Exception {
    ChromeDriver d = phone.driver();
    d.get(base + "#/gap/ISPR");
    phone.waiting().until(x -> !x.findElements(By.cssSelector("#gap-chart svg")).isEmpty());
    assertThat(overflowsSideways(phone)).isFalse();
    phone.screenshot("gap.png");
    d.get(base + "#/search?q=Kalat");
    phone.waiting().ignoring(StaleElementReferenceException.class)
        .until(x -> x.findElement(By.id("search-reports")).getText().contains("demo-"));
    assertThat(overflowsSideways(phone)).isFalse();
  }
}
