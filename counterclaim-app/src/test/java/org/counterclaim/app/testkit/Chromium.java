package org.counterclaim.app.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's, driven by its ChromeDriver) at one screen size, which keeps the
 * page's console and takes screenshots.
 *
 * <p>Screenshots go to {@code target/screenshots/SIZE/} only. The README's screenshots under
 * {@code docs/screenshots/} are rewritten only on purpose: with the system property {@value
 * #README_PROPERTY}{@code =true} (see {@code scripts/readme-screenshots.sh}), a screenshot taken
 * with {@link #screenshot(String, String)} is also copied there under its README name.
 */
public final class Chromium implements AutoCloseable {

  /** The system property that makes the browser tests rewrite the README's screenshots. */
  public static final String README_PROPERTY = "counterclaim.readme-screenshots";

  /** A screen: its name (the screenshots' folder), its size, and whether it is a phone's. */
  public record Screen(String name, int width, int height, boolean phone) {}

  /** A desktop browser window, 1400×1000. */
  public static final Screen DESKTOP = new Screen("desktop", 1400, 1000, false);

  /** A phone held upright, 390×844 CSS pixels (an iPhone 12–15), with touch. */
  public static final Screen PHONE = new Screen("phone", 390, 844, true);

  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Path README_SHOTS = Path.of("..", "docs", "screenshots");

  private final ChromeDriver driver;
  private final Screen screen;

  private Chromium(ChromeDriver driver, Screen screen) {
    this.driver = driver;
    this.screen = screen;
  }

  /** Starts a browser showing {@code screen}, its profile in {@code profile}. */
  public static Chromium start(Screen screen, Path profile) throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + Files.createDirectories(profile));
    if (screen.phone()) {
      options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
          Map.of("width", screen.width(), "height", screen.height(), "pixelRatio", 2.0,
              "touch", true)));
    } else {
      options.addArguments("--window-size=" + screen.width() + "," + screen.height());
    }
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
    return new Chromium(new ChromeDriver(service, options), screen);
  }

  /** The driver. */
  public ChromeDriver driver() {
    return driver;
  }

  /** The screen it shows. */
  public Screen screen() {
    return screen;
  }

  /** A wait of up to 20 seconds. */
  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Runs {@code script} in the page and answers what it returns. */
  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * The errors the page's console took since the last call (scripts that failed, resources that
   * did not load, console.error), one line each.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** Saves the page as {@code target/screenshots/SIZE/name}; answers where. */
  public Path screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Path to = Files.createDirectories(SHOTS.resolve(screen.name())).resolve(name);
    Files.copy(shot, to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  /**
   * Saves the page as {@link #screenshot(String)} does and, when the README's screenshots are
   * being retaken ({@value #README_PROPERTY}), also as {@code docs/screenshots/readmeName}.
   */
  public Path screenshot(String name, String readmeName) throws IOException {
    Path to = screenshot(name);
    if (Boolean.getBoolean(README_PROPERTY)) {
      Files.copy(to, Files.createDirectories(README_SHOTS).resolve(readmeName),
          StandardCopyOption.REPLACE_EXISTING);
    }
    return to;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
