package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser: Debian's headless Chromium driven by Selenium through
 * Debian's chromedriver (no driver download). Skipped, with the reason, on a machine without
 * them unless CI is set; in CI it must run ({@code .ci/run} installs both).
 */
class BrowserTest {
  @RegisterExtension
  static final BrowserSession<WebFixture> SESSION = BrowserSession.of(WebFixture::new);
  private static WebFixture web;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    web = SESSION.site();
    browser = SESSION.browser();
  }

  @Test
  void runsAQueryClicksAThemeFacetAndOpensAPaper() throws IOException {
    browser.get(web.url("/"));
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys("railway");
    box.submit();
    awaitUrlWith("q=railway");
    List<WebElement> hits = browser.findElements(By.cssSelector("article.hit"));
    assertFalse(hits.isEmpty());
    assertTrue(browser.findElement(By.cssSelector("article.hit .passage mark")).getText()
        .equalsIgnoreCase("railway"));

    WebElement facet = browser.findElement(
        By.cssSelector("ul[data-facet=theme] a[href*='theme=facilities-connectivity']"));
    facet.click();
    awaitUrlWith("theme=facilities-connectivity");
    assertTrue(browser.findElement(By.cssSelector(".applied")).getText()
        .contains("theme: facilities-connectivity"));
    String summary = browser.findElement(By.id("summary")).getText();
    assertTrue(summary.startsWith("Records 1–"), summary);

    WebElement first = browser.findElement(By.cssSelector("article.hit h2 a"));
    String title = first.getText();
    first.click();
    awaitUrlWith("/papers/");
    assertEquals(title, browser.findElement(By.id("title")).getText());
    assertTrue(browser.findElement(By.id("profile")).findElements(By.tagName("svg")).size() == 1);
    Files.write(SESSION.dir().resolve("paper.png"), ((org.openqa.selenium.TakesScreenshot) browser)
        .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
  }

  @Test
  void showsTheSeedPaperWithItsReferencesLinked() {
    browser.get(web.url("/papers/" + WebFixture.SEED_ID));
    assertEquals("International Financial Cooperation Strategy in the Context of the Belt and "
        + "Road", browser.findElement(By.id("title")).getText());
    List<WebElement> refs = browser.findElements(By.cssSelector("#references li a"));
    assertEquals(4, refs.size());
    String seedUrl = browser.getCurrentUrl();
    refs.get(3).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(ExpectedConditions.not(ExpectedConditions.urlToBe(seedUrl)));
    assertTrue(browser.findElement(By.id("title")).getText().startsWith("The development of the "
        + "economic integration"));
    assertTrue(browser.findElement(By.id("cited-by")).getText().contains("International "
        + "Financial Cooperation Strategy"));
  }

  @Test
  void showsAScriptTitleAsText() {
    browser.get(web.url("/?q=bonds"));
    assertTrue(browser.getPageSource().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(browser.findElements(By.cssSelector("article.hit h2 a")).stream()
        .anyMatch(a -> a.getText().equals(WebFixture.XSS_TITLE)));
  }

  @Test
  void readsOnAPhoneWidthWindow() {
    browser.manage().window().setSize(new Dimension(390, 844));
    try {
      browser.get(web.url("/?q=railway"));
      long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
          .executeScript("return document.documentElement.scrollWidth");
      assertTrue(scrollWidth <= 390, "no sideways scrolling, width " + scrollWidth);
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 1000));
    }
  }

  /**
   * Waits for the navigation that a submit or click started: WebDriver returns from them before
   * the next page has loaded, so reading the address at once races the browser.
   */
  private void awaitUrlWith(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }
}
