package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, driven by Selenium through Debian's
 * chromedriver (no driver download). The tests skip without them unless CI is set; in CI they
 * must run ({@code .ci/run} installs both).
 */
final class Chromium {
  /** Where Debian puts them; {@code -Dbri.chromium=} and {@code -Dbri.chromedriver=} say else. */
  static final Path BINARY = Path.of(System.getProperty("bri.chromium", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getProperty("bri.chromedriver",
      "/usr/bin/chromedriver"));

  private Chromium() {}

  /**
   * What is missing to run a browser, each with why; empty when nothing is.
   *
   * @throws AssertionError in CI, when anything is missing
   */
  static List<String> missing() {
    List<String> missing = Stream.of(BINARY, DRIVER).filter(p -> !Files.isExecutable(p))
        .map(p -> p + (Files.exists(p) ? " (not executable)" : " (no such file)")).toList();
    if (System.getenv("CI") != null) {
      assertTrue(missing.isEmpty(), "CI must have " + BINARY + " and " + DRIVER
          + " (see .ci/run): missing " + missing);
    }
    return missing;
  }

  /**
   * Why {@code test} must skip here (what is missing and how to install it), or null when a
   * browser can run ({@link BrowserSession} assumes it before each test).
   */
  static String skipReason(String test) {
    List<String> missing = missing();
    return missing.isEmpty() ? null : test + " skipped: missing " + String.join(" and ", missing)
        + " (apt-get install chromium chromium-driver); CI installs them";
  }

  /** A headless browser with its profile in {@code profile} and these preferences. */
  static WebDriver start(Path profile, Map<String, Object> prefs) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile);
    if (!prefs.isEmpty()) {
      options.setExperimentalOption("prefs", prefs);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    WebDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1280, 1000));
    return browser;
  }
}
