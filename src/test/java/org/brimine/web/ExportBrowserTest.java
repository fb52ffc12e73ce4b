package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Export, sort and the year range on the search page in headless Chromium (as {@link
 * BrowserTest}, skipped without Chromium unless CI is set): a click downloads a file that
 * {@code bri import} reads back, and the sort links change the order as they say.
 */
class ExportBrowserTest {
  @RegisterExtension
  static final BrowserSession<WebFixture> SESSION = BrowserSession.of(WebFixture::new)
      .withPrefs(dir -> Map.of("download.default_directory",
          dir.resolve("downloads").toString(), "download.prompt_for_download", false));
  private static WebFixture web;
  private static WebDriver browser;
  private static Path downloads;

  @BeforeAll
  static void start() throws IOException {
    web = SESSION.site();
    browser = SESSION.browser();
    if (SESSION.dir() != null) {
      downloads = Files.createDirectories(SESSION.dir().resolve("downloads"));
    }
  }

  private static List<String> titles() {
    return browser.findElements(By.cssSelector("article.hit h2 a")).stream()
        .map(WebElement::getText).toList();
  }

  @Test
  void clickingExportDownloadsARisFileThatImportsBack() throws Exception {
    browser.get(web.url("/?q=kind:paper"));
    browser.findElement(By.cssSelector("#export a.export[href*='format=ris']")).click();
    Path file = downloads.resolve("bri-export.ris");
    // Chromium may create the file empty under its final name before the download is done
    for (int i = 0; i < 100 && !(Files.exists(file) && Files.readString(file).contains("ER  -"));
        i++) {
      Thread.sleep(200);
    }
    assertTrue(Files.exists(file), "downloaded: " + List.of(downloads.toFile().list()));
    assertTrue(Files.readString(file).contains("TI  - The China-Laos Railway and Trade"));
    Path again = SESSION.dir().resolve("again");
    String out = WebFixture.run("import", "--corpus", again.resolve("corpus").toString(),
        "--index", again.resolve("index").toString(), file.toString());
    assertTrue(out.contains("import: 4 records read"), out);
  }

  @Test
  void sortLinksChangeTheOrderAndTheYearRangeFilters() {
    browser.get(web.url("/?q=kind:paper"));
    browser.findElement(By.linkText("oldest")).click();
    assertEquals(List.of("Currency Swaps and the AIIB", WebFixture.XSS_TITLE,
        "The China-Laos Railway and Trade"), titles().subList(0, 3));
    browser.findElement(By.linkText("newest")).click();
    assertEquals(List.of("The China-Laos Railway and Trade", WebFixture.XSS_TITLE,
        "Currency Swaps and the AIIB"), titles().subList(0, 3));
    assertEquals("newest", browser.findElement(By.cssSelector("#sort .current")).getText());
    WebElement from = browser.findElement(By.name("yearFrom"));
    from.sendKeys("2020");
    from.submit();
    // WebDriver returns from a submit before the next page has loaded
    new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
        org.openqa.selenium.support.ui.ExpectedConditions.urlContains("yearFrom=2020"));
    assertTrue(browser.getCurrentUrl().contains("yearFrom=2020"), browser.getCurrentUrl());
    assertTrue(browser.getCurrentUrl().contains("sort=newest"), browser.getCurrentUrl());
    assertEquals(List.of("The China-Laos Railway and Trade", WebFixture.XSS_TITLE), titles());
  }
}
