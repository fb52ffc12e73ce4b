package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/map} and {@code /api/bursts} on the web fixture's real index with {@link MapCorpus}. */
class MapApiTest {
  private static final String BURSTING = MapCorpus.BURSTING;
  @TempDir
  static Path dir;
  private static WebFixture web;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(dir);
    MapCorpus.addTo(web);
  }

  @AfterAll
  static void stop() throws IOException {
    web.close();
  }



  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The total of the search that a node's link leads to. */
  private static int total(JsonNode node) throws Exception {
    String href = node.get("href").asText();
    assertTrue(href.startsWith("/?"), href);
    return web.json("/api/search" + href.substring(1), 200).get("total").asInt();
  }

  private static List<String> ids(JsonNode nodes) {
    List<String> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  @Test
  void mapsTheThemesOfASearchAsTheIssueShapesTheJson() throws Exception {
    JsonNode map = web.json("/api/map?kind=themes&q=" + q("kind:paper"), 200);
    assertEquals("themes", map.get("kind").asText());
    assertEquals(MapCorpus.PAPERS, map.get("papers").asInt());
    JsonNode nodes = map.get("nodes");
    assertFalse(nodes.isEmpty());
    for (JsonNode node : nodes) {
      for (String field : List.of("id", "label", "weight", "cluster", "year", "href")) {
        assertTrue(node.has(field), field + " in " + node);
      }
    }
    Set<String> ids = new HashSet<>(ids(nodes));
    for (JsonNode edge : map.get("edges")) {
      assertTrue(ids.contains(edge.get("source").asText()), edge.toString());
      assertTrue(ids.contains(edge.get("target").asText()), edge.toString());
      assertTrue(edge.get("weight").asDouble() >= 1, edge.toString());
    }
    int sizes = 0;
    for (JsonNode cluster : map.get("clusters")) {
      sizes += cluster.get("size").asInt();
      assertTrue(cluster.has("label"), cluster.toString());
    }
    assertEquals(nodes.size(), sizes, "every node in one cluster");
    JsonNode timeline = map.get("timeline");
    assertEquals(map.get("clusters").size(), timeline.get("clusters").size());
    assertEquals(2016, timeline.get("years").get(0).asInt());
    for (JsonNode row : timeline.get("clusters")) {
      assertEquals(timeline.get("years").size(), row.get("papers").size());
    }
    JsonNode finance = null;
    for (JsonNode node : nodes) {
      if (node.get("id").asText().equals("financial-integration")) {
        finance = node;
      }
    }
    assertTrue(finance != null, "financial integration among " + ids);
    assertEquals("Financial integration", finance.get("label").asText(),
        "themes are labelled as the taxonomy labels them");
  }

  @Test
  void aThemeNodeLinksToASearchOfExactlyItsPapers() throws Exception {
    JsonNode nodes = web.json("/api/map?kind=themes&q=" + q("kind:paper"), 200).get("nodes");
    for (JsonNode node : nodes) {
      assertTrue(node.get("href").asText().contains("theme=" + node.get("id").asText()),
          node.toString());
      assertEquals(node.get("weight").asInt(), total(node), node.toString());
    }
  }

  @Test
  void aCoCitedReferenceLinksToThePapersCitingIt() throws Exception {
    JsonNode map = web.json("/api/map?kind=cocitation", 200);
    JsonNode nodes = map.get("nodes");
    assertEquals(5, nodes.size(), "the seed's four references and the one of the script paper: "
        + nodes);
    assertEquals(6, map.get("edges").size(), "the seed's four references, pairwise");
    for (JsonNode node : nodes) {
      assertTrue(node.get("href").asText().contains(q("cites:\"" + node.get("id").asText())),
          node.toString());
      assertEquals(1, total(node), node.toString());
      assertFalse(node.get("label").asText().equals(node.get("id").asText()),
          "a reference is labelled by its title: " + node);
    }
  }

  @Test
  void countryAuthorAndKeywordNodesNarrowTheSearchToTheirPapers() throws Exception {
    JsonNode countries = web.json("/api/map?kind=countries&q=" + q("kind:paper"), 200).get("nodes");
    assertTrue(ids(countries).contains("Kenya"), countries.toString());
    for (JsonNode node : countries) {
      assertTrue(node.get("href").asText().contains("entityType=COUNTRY"), node.toString());
      assertEquals(node.get("weight").asInt(), total(node), node.toString());
    }
    for (JsonNode node : web.json("/api/map?kind=coauthor&q=" + q("kind:paper"), 200).get("nodes")) {
      assertEquals(node.get("weight").asInt(), total(node), node.toString());
    }
    for (JsonNode node : web.json("/api/map?kind=keywords&top=20&q=" + q("kind:paper"), 200)
        .get("nodes")) {
      assertTrue(total(node) >= node.get("weight").asInt(), node.toString());
    }
  }

  @Test
  void aNodeOfAMapUnderAThemeOrEntityFilterLinksToItsPapersWithinThatFilter() throws Exception {
    JsonNode themes = web.json("/api/map?kind=themes&q=" + q("kind:paper"), 200).get("nodes");
    String theme = themes.get(0).get("id").asText();
    JsonNode within = web.json("/api/map?kind=themes&q=" + q("kind:paper") + "&theme=" + q(theme),
        200).get("nodes");
    assertTrue(within.size() > 1, "themes found with " + theme + ": " + within);
    for (JsonNode node : within) {
      assertEquals(node.get("weight").asInt(), total(node), "the search keeps theme=" + theme
          + ": " + node);
    }
    JsonNode entities = web.json("/api/map?kind=entities&q=" + q("kind:paper")
        + "&entity=Kenya&entityType=COUNTRY", 200).get("nodes");
    assertTrue(entities.size() > 1, entities.toString());
    for (JsonNode node : entities) {
      assertEquals(node.get("weight").asInt(), total(node), "the search keeps entity=Kenya: "
          + node);
    }
  }

  @Test
  void theMapTakesTheFiltersOfTheSearchAndAYearRange() throws Exception {
    assertEquals(2, web.json("/api/map?kind=themes&years=2019-2020", 200).get("papers").asInt());
    assertEquals(2, web.json("/api/map?kind=themes&yearFrom=2019&yearTo=2020", 200).get("papers")
        .asInt());
    assertEquals(6, web.json("/api/map?kind=themes&years=2023", 200).get("papers").asInt());
    JsonNode kenya = web.json("/api/map?kind=coauthor&entity=Kenya&entityType=COUNTRY", 200);
    assertEquals(6, kenya.get("papers").asInt());
    assertEquals(List.of("Chen Bo", "Zhou Lan"), ids(kenya.get("nodes")).stream().sorted()
        .toList());
    assertEquals(1, web.json("/api/map?kind=themes&top=1", 200).get("nodes").size());
  }

  @Test
  void findsTheBurstOfAKeywordInTheSearchAndItsYears() throws Exception {
    JsonNode report = web.json("/api/bursts?field=keyword&q=" + q("kind:paper"), 200);
    assertEquals("keyword", report.get("field").asText());
    JsonNode burst = null;
    for (JsonNode b : report.get("bursts")) {
      if (b.get("term").asText().equals(BURSTING)) {
        burst = b;
      }
    }
    assertTrue(burst != null, report.toString());
    assertEquals(2023, burst.get("start").asInt());
    assertEquals(2023, burst.get("end").asInt());
    assertEquals(BURSTING, burst.get("label").asText());
    assertTrue(burst.get("strength").asDouble() > 0);
    assertFalse(web.json("/api/bursts?field=keyword&years=2016-2022", 200).toString()
        .contains(BURSTING), "the years filter the papers");
    assertEquals(1, web.json("/api/bursts?field=keyword&limit=1", 200).get("bursts").size());
  }

  @Test
  void labelsThemeBurstsAsTheTaxonomyLabelsThemes() throws Exception {
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    web.json("/api/themes", 200).forEach(t -> labels.put(t.get("id").asText(),
        t.get("label").asText()));
    JsonNode bursts = web.json("/api/bursts?field=theme&limit=0", 200).get("bursts");
    assertFalse(bursts.isEmpty(), "the themes of the six papers of 2023 burst");
    for (JsonNode b : bursts) {
      assertEquals(labels.get(b.get("term").asText()), b.get("label").asText(), b.toString());
    }
  }

  @Test
  void servesTheGraphLibraryFromItsWebJarAndLetsOnlyTheSitesScriptsRun() throws Exception {
    HttpResponse<String> library = web.get("/static/echarts.min.js");
    assertEquals(200, library.statusCode());
    assertEquals("text/javascript; charset=utf-8",
        library.headers().firstValue("Content-Type").orElse(""));
    assertTrue(library.body().contains("echarts"), "the WebJar's file");
    HttpResponse<String> script = web.get("/static/map.js");
    assertEquals(200, script.statusCode());
    assertTrue(script.body().contains("/api/map"));
    String csp = script.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self';") && csp.contains("default-src 'none'"), csp);
    assertEquals(404, web.get("/static/echarts.js").statusCode(), "only the files listed");
  }

  @Test
  void aBrowserKeepsTheStaticFilesAndIsAnswered304WhileTheyAreUnchanged() throws Exception {
    for (String file : List.of("echarts.min.js", "map.js", "style.css")) {
      HttpResponse<String> first = web.get("/static/" + file);
      String etag = first.headers().firstValue("ETag").orElse("");
      assertTrue(etag.matches("\"[0-9a-f]{32}\""), file + ": " + etag);
      assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""), file);
      HttpResponse<String> again = web.get("/static/" + file, "If-None-Match", etag);
      assertEquals(304, again.statusCode(), file);
      assertEquals("", again.body(), file + ": no body with a 304");
      HttpResponse<String> stale = web.get("/static/" + file, "If-None-Match", "\"0\"");
      assertEquals(200, stale.statusCode(), file);
      assertEquals(first.body(), stale.body(), file);
    }
  }

  @Test
  void theSearchPageOffersTheMapViewOfItsSearchWhenItFindsRecords() throws Exception {
    HttpResponse<String> page = web.get("/?q=" + q("kind:paper") + "&theme=unimpeded-trade&page=2"
        + "&size=5");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<details id=\"map-view\" class=\"map-view\" "
        + "data-search=\"q=kind%3Apaper&amp;theme=unimpeded-trade&amp;size=5\">"), page.body());
    assertTrue(page.body().contains("<option value=\"cocitation\">"));
    assertTrue(page.body().contains("<script src=\"/static/map.js\" defer></script>"));
    assertFalse(web.get("/?q=" + q("nothingmatchesthis")).body().contains("map-view"));
  }

  @Test
  void answersABadParameterWith400QuotingIt() throws Exception {
    assertBad("/api/map?kind=galaxies", "'galaxies'");
    assertBad("/api/map", "''");
    assertBad("/api/map?kind=themes&top=many", "'many'");
    assertBad("/api/map?kind=themes&top=0", "got 0");
    assertBad("/api/map?kind=themes&years=2020-19", "'2020-19'");
    assertBad("/api/map?kind=themes&years=2021-2019", "'2021-2019'");
    assertBad("/api/map?kind=themes&years=2019&yearFrom=2018", "'2019'");
    assertBad("/api/map?kind=themes&theme=nope", "'nope'");
    assertBad("/api/map?kind=themes&q=" + q("title:(railway"), "");
    assertBad("/api/bursts?field=authors", "'authors'");
    assertBad("/api/bursts?field=theme&limit=-3", "got -3");
  }

  private static void assertBad(String path, String quoted) throws Exception {
    JsonNode error = web.json(path, 400);
    assertTrue(error.get("detail").asText().contains(quoted), path + ": " + error);
  }
}
