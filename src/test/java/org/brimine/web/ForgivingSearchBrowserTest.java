package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forgiving query mode and the advanced form in Chromium, as {@link BrowserTest} drives it
 * (skipped, with the reason, on a machine without Chromium and its driver unless CI is set).
 */
class ForgivingSearchBrowserTest {
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
  void aQueryTheSyntaxRefusesRunsAsWordsWhenAskedAndBackInTheSyntax() {
    browser.get(web.url("/"));
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys("\"financial cooperation AND");
    box.submit();
    awaitUrlWith("q=");
    assertTrue(browser.findElement(By.cssSelector(".error")).getText()
        .contains("query syntax error at column 1"));
    assertTrue(browser.findElements(By.cssSelector("article.hit")).isEmpty());

    browser.findElement(By.id("as-words")).click();
    awaitUrlWith("syntax=words");
    List<WebElement> hits = browser.findElements(By.cssSelector("article.hit"));
    assertFalse(hits.isEmpty());
    assertEquals("\"financial cooperation AND", browser.findElement(By.name("q"))
        .getAttribute("value"));
    assertTrue(browser.findElement(By.cssSelector("article.hit .passage mark")).getText()
        .matches("(?i)financial|cooperation"));
    assertTrue(browser.findElement(By.id("words-mode")).isDisplayed());

    // a query typed anew is read in the full syntax again
    WebElement again = browser.findElement(By.name("q"));
    again.clear();
    again.sendKeys("title:railway");
    again.submit();
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(
        ExpectedConditions.urlContains("syntax=words")));
    assertTrue(browser.findElements(By.id("words-mode")).isEmpty());
    assertEquals("The China-Laos Railway and Trade",
        browser.findElement(By.cssSelector("article.hit h2 a")).getText());
  }

  @Test
  void theAdvancedFormBuildsTheQueryAndShowsItInTheBox() {
    browser.get(web.url("/?q=railway"));
    browser.findElement(By.cssSelector("#advanced summary")).click();
    WebElement form = browser.findElement(By.cssSelector("form.advanced"));
    form.findElement(By.name("allWords")).sendKeys("railway");
    form.findElement(By.name("noneWords")).sendKeys("swap");
    form.findElement(By.name("fromYear")).sendKeys("2020");
    new Select(form.findElement(By.name("onTheme"))).selectByValue("facilities-connectivity");
    form.submit();
    awaitUrlWith("q=%2Brailway");
    assertEquals("+railway +year:[2020 TO *] +theme:facilities-connectivity -swap",
        browser.findElement(By.name("q")).getAttribute("value"));
    assertEquals("The China-Laos Railway and Trade",
        browser.findElement(By.cssSelector("article.hit h2 a")).getText());
  }

  private void awaitUrlWith(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }
}
