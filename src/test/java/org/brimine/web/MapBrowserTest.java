package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map view of the search page in headless Chromium (as {@link BrowserTest}, skipped without
 * Chromium unless CI is set): the map is drawn with as many nodes as {@code /api/map} gives, its
 * legend, timeline and burst table are filled, and a click on a node narrows the search.
 */
class MapBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final BrowserSession<WebFixture> SESSION = BrowserSession.of(MapBrowserTest::site);
  private static WebFixture web;
  private static WebDriver browser;

  @BeforeAll
  static void start() {
    web = SESSION.site();
    browser = SESSION.browser();
  }

  private static WebFixture site(Path dir) throws IOException {
    WebFixture site = new WebFixture(dir);
    MapCorpus.addTo(site);
    return site;
  }

  private static JsonNode api(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(web.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  private static WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Opens the map view, draws the map of this kind and waits until it is drawn. */
  private static void draw(String kind) {
    WebElement view = browser.findElement(By.id("map-view"));
    if (view.getDomAttribute("open") == null) {
      view.findElement(By.tagName("summary")).click();
    }
    await().until(d -> view.getDomAttribute("data-drawn") != null);
    new Select(browser.findElement(By.id("map-kind"))).selectByValue(kind);
    browser.findElement(By.cssSelector("#map-form button")).click();
    await().until(d -> kind.equals(view.getDomAttribute("data-drawn")));
  }

  @Test
  void drawsTheThemeMapOfTheSearchAndAClickOnANodeNarrowsTheResults() throws Exception {
    JsonNode map = api("/api/map?kind=themes&top=50&q=kind%3Apaper");
    browser.get(web.url("/?q=kind%3Apaper"));
    draw("themes");
    long drawn = (Long) script("return echarts.getInstanceByDom(document.getElementById("
        + "'map-chart')).getModel().getSeriesByIndex(0).getData().count()");
    assertEquals(map.get("nodes").size(), drawn, "nodes drawn");
    assertTrue(drawn > 1, map.toString());
    assertEquals(map.get("clusters").size(),
        browser.findElements(By.cssSelector("#map-legend li")).size(), "a legend line a cluster");
    assertTrue(browser.findElement(By.id("map-legend")).getText().contains("#1 "));
    List<WebElement> listed = browser.findElements(By.cssSelector("#map-nodes li a"));
    assertEquals(map.get("nodes").size(), listed.size(), "the nodes as a list of links");
    assertEquals(web.url(map.get("nodes").get(0).get("href").asText()),
        listed.get(0).getDomProperty("href"));
    assertEquals(map.get("clusters").size(), ((Long) script("return echarts.getInstanceByDom("
        + "document.getElementById('map-timeline')).getOption().series.length")).intValue(),
        "a timeline series a cluster");
    Files.write(SESSION.dir().resolve("map.png"), ((TakesScreenshot) browser)
        .getScreenshotAs(OutputType.BYTES));

    Map<String, Integer> weights = new HashMap<>();
    map.get("nodes").forEach(n -> weights.put(n.get("id").asText(), n.get("weight").asInt()));
    // the heaviest node, where the graph library has laid it out, in pixels from the chart's
    // corner; a real click there, through the canvas
    @SuppressWarnings("unchecked")
    List<Number> at = (List<Number>) script("var el = document.getElementById('map-chart');"
        + "var chart = echarts.getInstanceByDom(el);"
        + "var data = chart.getModel().getSeriesByIndex(0).getData();"
        + "var p = chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(0));"
        + "return [p[0], p[1], el.clientWidth, el.clientHeight];");
    WebElement chart = browser.findElement(By.id("map-chart"));
    new Actions(browser).moveToElement(chart,
        (int) Math.round(at.get(0).doubleValue() - at.get(2).doubleValue() / 2),
        (int) Math.round(at.get(1).doubleValue() - at.get(3).doubleValue() / 2)).click().perform();
    await().until(ExpectedConditions.urlContains("theme="));
    String theme = new URI(browser.getCurrentUrl()).getQuery().replaceAll(".*theme=([^&]*).*",
        "$1");
    assertTrue(weights.containsKey(theme), theme + " among " + weights.keySet());
    assertEquals(map.get("nodes").get(0).get("id").asText(), theme, "the node clicked");
    assertTrue(browser.findElement(By.cssSelector(".applied")).getText()
        .contains("theme: " + theme));
    assertTrue(browser.getCurrentUrl().contains("q=kind%3Apaper"), "the search is kept");
    String summary = browser.findElement(By.id("summary")).getText();
    assertTrue(summary.endsWith(" of " + weights.get(theme) + "."), "as many records as the "
        + "node's weight: " + summary);
  }

  @Test
  void drawsEveryNodeAndLinkWhenTwoNodesShareALabel() {
    // papers of a coupling map titled alike ("Editorial"): the graph library must not take the
    // label for the node's identity, or it drops the second node and shifts the links
    browser.get(web.url("/?q=kind%3Apaper"));
    script("var map = {kind: 'coupling', papers: 3, nodes: ["
        + "{id: 'a', label: 'Editorial', weight: 2, cluster: 1, year: 2020, href: '/papers/a'},"
        + "{id: 'b', label: 'Editorial', weight: 1, cluster: 1, year: 2020, href: '/papers/b'},"
        + "{id: 'c', label: 'Port finance', weight: 1, cluster: 1, year: 2020, href: '/papers/c'}"
        + "], edges: [{source: 'a', target: 'c', weight: 1}, {source: 'b', target: 'c', "
        + "weight: 1}], clusters: [{id: 1, label: 'ports', size: 3}], modularity: null, "
        + "silhouette: null, timeline: {years: [2020], clusters: [{cluster: 1, papers: [3]}]}};"
        + "var real = window.fetch;"
        + "window.fetch = function (url) {"
        + "  if (String(url).indexOf('/api/map?') === 0) {"
        + "    return Promise.resolve(new Response(JSON.stringify(map), {status: 200,"
        + "      headers: {'Content-Type': 'application/json'}}));"
        + "  }"
        + "  return real.apply(this, arguments);"
        + "};");
    draw("coupling");
    @SuppressWarnings("unchecked")
    List<Number> drawn = (List<Number>) script("var graph = echarts.getInstanceByDom("
        + "document.getElementById('map-chart')).getModel().getSeriesByIndex(0).getGraph();"
        + "return [graph.nodes.length, graph.edges.length];");
    assertEquals(List.of(3L, 2L), drawn, "nodes and links drawn");
  }

  @Test
  void listsTheBurstsOfTheSearch() {
    browser.get(web.url("/?q=kind%3Apaper&map=keywords"));
    WebElement view = browser.findElement(By.id("map-view"));
    await().until(d -> "keywords".equals(view.getDomAttribute("data-drawn")));
    await().until(d -> "keyword".equals(view.getDomAttribute("data-bursts")));
    List<String> rows = browser.findElements(By.cssSelector("#bursts tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertTrue(rows.stream().anyMatch(r -> r.startsWith(MapCorpus.BURSTING + " 2023 2023 ")),
        rows.toString());
  }
}
