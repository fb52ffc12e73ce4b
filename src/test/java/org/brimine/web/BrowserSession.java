package org.brimine.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

/**
 * A headless browser and the site it reads, for the tests of one class: register it as a static
 * {@code @RegisterExtension} field. Before the class's tests it starts the site (in a folder of
 * its own) and {@link Chromium}; each test is skipped, with what is missing as the reason, when
 * Chromium is not installed (an assumption that fails in {@code @BeforeAll} instead leaves
 * Surefire's report at "Tests run: 0" without it); after them it closes both.
 *
 * @param <S> the site: a web server over a fixture corpus
 */
final class BrowserSession<S extends AutoCloseable>
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  /** Starts a site in a folder. */
  interface Site<S> {
    S open(Path dir) throws IOException;
  }

  private final Site<S> starter;
  private final Function<Path, Map<String, Object>> prefs;
  private Path dir;
  private S site;
  private WebDriver browser;
  private String skipped;

  private BrowserSession(Site<S> starter, Function<Path, Map<String, Object>> prefs) {
    this.starter = starter;
    this.prefs = prefs;
  }

  /** A session over the site {@code starter} opens, the browser's preferences the defaults. */
  static <S extends AutoCloseable> BrowserSession<S> of(Site<S> starter) {
    return new BrowserSession<>(starter, dir -> Map.of());
  }

  /** The same with the browser's preferences made from the session's folder. */
  BrowserSession<S> withPrefs(Function<Path, Map<String, Object>> prefsIn) {
    return new BrowserSession<>(starter, prefsIn);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    skipped = Chromium.skipReason(context.getRequiredTestClass().getSimpleName());
    if (skipped != null) {
      return;
    }
    dir = Files.createTempDirectory("bri-browser");
    site = starter.open(Files.createDirectories(dir.resolve("site")));
    browser = Chromium.start(dir.resolve("chromium-profile"), prefs.apply(dir));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assumeTrue(skipped == null, skipped);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (browser != null) {
        browser.quit();
      }
      if (site != null) {
        site.close();
      }
    } finally {
      if (dir != null) {
        PathUtils.deleteDirectory(dir);
      }
    }
  }

  /** The browser. */
  WebDriver browser() {
    return browser;
  }

  /** The site. */
  S site() {
    return site;
  }

  /** The session's folder, for the tests' own files. */
  Path dir() {
    return dir;
  }
}
