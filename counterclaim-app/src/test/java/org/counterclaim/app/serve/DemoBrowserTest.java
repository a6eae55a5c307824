package org.counterclaim.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.server.CounterclaimServer;
import org.counterclaim.server.ServerConfig;
import org.counterclaim.store.Incidents;
import org.counterclaim.store.LedgerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo in a real headless Chromium (Debian's, driven by its ChromeDriver): the map and
 * timeline load, an incident shows its competing figures and a claim opens its sentence
 * highlighted in the report, the credibility gap draws, and a posted report with a script in it
 * shows as text. Screenshots go to docs/screenshots/.
 */
class DemoBrowserTest {

  private static final String TOKEN = "browser-test-token-0123456789";
  private static final Path SCREENSHOTS = Path.of("../docs/screenshots");

  @TempDir static Path dir;

  private static CounterclaimServer server;
  private static ChromeDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    LedgerConfig ledger = LedgerConfig.of(dir.resolve("demo.db").toString());
    Extractor extractor = Cli.SHARED.load(ExtractorConfig.defaults());
    org.counterclaim.core.ingest.IncidentGrouping.Result built = DemoCommand.build(ledger, extractor);
    assertThat(built.reports()).isGreaterThanOrEqualTo(40);
    server = CounterclaimServer.start(ServerConfig.of(ledger).at("localhost", 0)
        .withToken(TOKEN), () -> extractor);
    base = "http://localhost:" + server.port() + "/";
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,1000",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  private static void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void the_map_timeline_and_list_show_the_demo_incidents() throws IOException {
    browser.get(base);
    waiting().until(d -> d.findElements(By.cssSelector("#incident-list .incident-row")).size()
        >= 15);
    assertThat(browser.findElements(By.cssSelector("#timeline svg"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("#map .leaflet-interactive")).size())
        .isGreaterThanOrEqualTo(15);
    screenshot("home.png");
  }

  @Test
  void an_incident_shows_competing_figures_and_a_claims_sentence() throws Exception {
    // the coordinated attack on Noshki, Mastung, Kalat and Turbat: the incident with Kalat as a site
    HttpResponse<String> found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(base + "api/incidents?place=Kalat")).build(), HttpResponse.BodyHandlers.ofString());
    String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(found.body())
        .path("items").get(0).path("id").asText();
    browser.get(base);
    WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(".incident-row[data-id='" + id + "']")));
    row.findElement(By.cssSelector("td.id a")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.id("incident-title"), "Balochist"));
    WebElement figure = waiting().until(d -> d.findElements(By.cssSelector(
        "section.figure[data-outcome=killed][data-victims=security_forces]")).stream()
        .findFirst().orElse(null));
    // the officials', the spokesman's and the BLA's figures stand side by side
    List<WebElement> claims = figure.findElements(By.cssSelector(".interval-chart .claim-row"));
    assertThat(claims.size()).isGreaterThanOrEqualTo(4);
    assertThat(figure.getText()).contains("BLA").containsIgnoringCase("contested");
    assertThat(figure.findElement(By.cssSelector(".reconciled")).getText()).contains("best");
    screenshot("incident.png");

    WebElement bla = claims.stream().filter(c -> c.getText().contains("BLA")).findFirst()
        .orElseThrow();
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", bla);
    WebElement mark = waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#report-panel mark.evidence")));
    assertThat(mark.getText()).contains("280");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})",
        mark);
    screenshot("incident-sentence.png");
  }

  @Test
  void the_credibility_gap_of_a_claimant_is_drawn() throws IOException {
    browser.get(base + "#/gap/ISPR");
    waiting().until(d -> !d.findElements(By.cssSelector("#gap-chart svg")).isEmpty());
    assertThat(browser.findElement(By.cssSelector("table.gap-table")).getText()).contains("ISPR");
    screenshot("gap.png");
  }

  @Test
  void a_posted_report_with_a_script_in_it_shows_as_text() throws Exception {
    String body = "{\"id\": \"xss-test\", \"publisher\": \"Test Wire\", \"published\":"
        + " \"2025-04-29\", \"text\": \"Zorblatt market attack: two people were killed in"
        + " Quetta on Monday, police said. <script>window.pwned = true;</script> <img src=x"
        + " onerror=\\\"window.pwned = true\\\">\"}";
    HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(base + "api/reports")).header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    browser.get(base + "#/search?q=Zorblatt");
    waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(By.id("search-reports")).getText().contains("Zorblatt"));
    browser.findElement(By.cssSelector("#search-reports")).findElements(By.cssSelector("a, button"))
        .stream().filter(e -> e.getText().contains("xss-test")).findFirst()
        .ifPresent(WebElement::click);
    waiting().until(d -> d.findElement(By.tagName("body")).getText().contains("<script>"));
    assertThat(browser.findElements(By.cssSelector("#search-reports script, #report-text script,"
        + " #report-text img"))).isEmpty();
    assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === true"))
        .isEqualTo(false);
  }
}
