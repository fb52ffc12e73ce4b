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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading view, the author pages, the theme chips and the facets' filter box in headless
 * Chromium (as {@link BrowserTest}, skipped without Chromium unless CI is set): a result opens
 * with the query's words marked in its full text, an author's page links back to the search
 * and the papers, a theme chip keeps the query, and typing in a long facet's box hides the
 * values that do not match.
 */
class ReadingBrowserTest {
  @RegisterExtension
  static final BrowserSession<ReadingFixture> SESSION = BrowserSession.of(ReadingFixture::new);
  private static ReadingFixture site;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    site = SESSION.site();
    browser = SESSION.browser();
  }

  private static void awaitUrlWith(String part) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(part));
  }

  private static void search(String query) {
    browser.get(site.url("/"));
    WebElement box = browser.findElement(By.name("q"));
    box.sendKeys(query);
    box.submit();
    awaitUrlWith("q=");
  }

  @Test
  void aResultOpensWithTheQueryWordsMarkedInItsFullText() {
    search("railways");
    browser.findElement(By.linkText("The China-Laos Railway and Trade")).click();
    awaitUrlWith("/papers/");
    List<String> marked = browser.findElements(By.cssSelector("#full-text mark")).stream()
        .map(WebElement::getText).toList();
    assertEquals(List.of("Railway", "railway"), marked);
    assertEquals("railways", browser.findElement(By.cssSelector("#marked-query a")).getText());
    browser.findElement(By.id("source-file")).click();
    awaitUrlWith("/corpus/papers/laos-railway.txt");
    assertTrue(browser.findElement(By.tagName("body")).getText()
        .startsWith("The China-Laos Railway opened in 2021."));
  }

  @Test
  void anAuthorPageLinksBackToTheSearchAndThePapers() {
    search("railway");
    browser.findElement(By.cssSelector("article.hit a.author[lang=zh]")).click();
    awaitUrlWith("/authors/");
    assertEquals("王明", browser.findElement(By.id("name")).getText());
    browser.findElement(By.linkText("Li Wei (1)")).click();
    awaitUrlWith("/authors/Li%20Wei");
    assertEquals(2, browser.findElements(By.cssSelector("#works tbody tr")).size());
    browser.findElement(By.id("search-works")).click();
    awaitUrlWith("q=author");
    List<String> titles = browser.findElements(By.cssSelector("article.hit h2 a")).stream()
        .map(WebElement::getText).sorted().toList();
    assertEquals(List.of("Citing Port Finance", "The China-Laos Railway and Trade"), titles);
    browser.navigate().back();
    awaitUrlWith("/authors/");
    browser.findElement(By.linkText("Citing Port Finance")).click();
    awaitUrlWith("/papers/");
    assertEquals("Citing Port Finance", browser.findElement(By.id("title")).getText());
  }

  @Test
  void aThemeChipKeepsTheQuery() {
    search("railway");
    browser.findElement(By.cssSelector("article.hit a.chip[href*='theme=unimpeded-trade']"))
        .click();
    awaitUrlWith("theme=unimpeded-trade");
    assertTrue(browser.getCurrentUrl().contains("q=railway"), browser.getCurrentUrl());
    assertEquals("railway", browser.findElement(By.name("q")).getAttribute("value"));
    assertEquals("The China-Laos Railway and Trade",
        browser.findElement(By.cssSelector("article.hit h2 a")).getText());
  }

  @Test
  void moreShowsEveryValueAndTheBoxFiltersThem() {
    search("financial");
    browser.findElement(By.cssSelector("a.more[data-more=theme]")).click();
    awaitUrlWith("more=theme");
    List<WebElement> values = browser.findElements(By.cssSelector("ul[data-facet=theme] li"));
    assertEquals(11, values.size());
    WebElement box = browser.findElement(By.cssSelector("input.facet-filter[data-filters=theme]"));
    assertTrue(box.isDisplayed(), "the script shows the box");
    box.sendKeys("FINANC");
    List<String> shown = values.stream().filter(WebElement::isDisplayed)
        .map(v -> v.findElement(By.tagName("a")).getText()).toList();
    assertEquals(List.of("Development finance", "Financial integration", "Financial risk"),
        shown.stream().sorted().toList());
    box.clear();
    box.sendKeys(" ");
    assertFalse(values.stream().anyMatch(v -> !v.isDisplayed()), "a blank box shows them all");
  }
}
