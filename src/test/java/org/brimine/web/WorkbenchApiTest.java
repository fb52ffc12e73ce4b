package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API of the researcher's workbench over HTTP, on the real index: cursor paging, the
 * OpenAPI description against the real routes, the corpus summary, words mode and the
 * advanced form.
 */
class WorkbenchApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<String> SORTS = List.of("relevance", "newest", "oldest", "cited");
  @TempDir
  static Path dir;
  private static WebFixture web;

  @BeforeAll
  static void start() throws IOException {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() throws IOException {
    web.close();
  }



  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> ids(JsonNode search) {
    List<String> ids = new ArrayList<>();
    search.get("hits").forEach(h -> ids.add(h.get("id").asText()));
    return ids;
  }

  @Test
  void walkingEveryPageWithTheCursorGivesEveryHitOnceInOrderForEachSort() throws Exception {
    for (String query : List.of("", "financial OR railway OR bonds")) {
      for (String sort : SORTS) {
        String search = "/api/search?q=" + q(query) + "&sort=" + sort;
        JsonNode all = web.json(search + "&size=100", 200);
        List<String> expected = ids(all);
        assertEquals(all.get("total").asInt(), expected.size());
        assertTrue(expected.size() >= 8, query + ": " + expected);
        assertFalse(all.has("cursor"), "no cursor on the last page");
        for (int size : List.of(1, 3)) {
          List<String> walked = new ArrayList<>();
          JsonNode page = web.json(search + "&size=" + size, 200);
          int pages = 1;
          while (true) {
            walked.addAll(ids(page));
            if (!page.has("cursor")) {
              break;
            }
            page = web.json(search + "&size=" + size + "&cursor=" + q(page.get("cursor").asText()),
                200);
            assertEquals(1, page.get("page").asInt());
            assertTrue(++pages <= expected.size(), "the walk ends");
          }
          assertEquals(expected, walked, query + " by " + sort + " in pages of " + size);
          assertEquals(walked.size(), new HashSet<>(walked).size());
        }
      }
    }
  }

  @Test
  void aCursorThatIsInvalidOrOfAnotherSearchIsA400QuotingIt() throws Exception {
    JsonNode bad = web.json("/api/search?q=railway&cursor=" + q("not-a-cursor"), 400);
    assertTrue(bad.get("detail").asText().startsWith("cursor 'not-a-cursor' is invalid"),
        bad.toString());
    String cursor = web.json("/api/search?q=railway&size=1", 200).get("cursor").asText();
    JsonNode other = web.json("/api/search?q=bonds&size=1&cursor=" + q(cursor), 400);
    assertTrue(other.get("detail").asText().contains("cursor '" + cursor + "' continues another"
        + " search"), other.toString());
    JsonNode sorted = web.json("/api/search?q=railway&size=1&sort=newest&cursor=" + q(cursor), 400);
    assertTrue(sorted.get("detail").asText().contains("sorted by relevance, not newest"),
        sorted.toString());
    JsonNode both = web.json("/api/search?q=railway&size=1&page=2&cursor=" + q(cursor), 400);
    assertEquals("a cursor continues where its page ended: give cursor or page, not both (got "
        + "page 2)", both.get("detail").asText());
  }

  @Test
  void theCorpusSummaryIsWhatSummarizeWritesForTheWholeCorpus() throws Exception {
    String out = WebFixture.run("summarize", "--corpus", "--format", "json", "--index",
        web.index.toString());
    // the JSON, then the command's summary line
    JsonNode written = JSON.readTree(out.substring(0, out.lastIndexOf("summarize: ")));
    JsonNode served = web.json("/api/summary/corpus", 200);
    assertEquals(written, served);
    assertEquals(5, served.get("lines").size());
    assertTrue(served.get("corpusPapers").asInt() >= 4, served.get("corpusPapers").toString());
  }

  @Test
  void theOpenApiDescriptionListsEveryRouteAndEveryDescribedRouteAnswers() throws Exception {
    JsonNode spec = web.json("/api/openapi.json", 200);
    assertTrue(spec.get("openapi").asText().startsWith("3."), spec.get("openapi").asText());
    Set<String> described = new TreeSet<>();
    spec.get("paths").fieldNames().forEachRemaining(described::add);
    for (String route : web.server.routePatterns()) {
      assertTrue(described.contains(route), "route " + route + " is not described in "
          + "src/main/resources/org/brimine/web/openapi.json");
    }
    for (String path : described) {
      assertTrue(web.server.routePatterns().contains(path), path + " is described but no route");
      JsonNode get = spec.get("paths").get(path).get("get");
      String url = path;
      List<String> query = new ArrayList<>();
      for (JsonNode p : get.path("parameters")) {
        if (p.has("example")) {
          if (p.get("in").asText().equals("path")) {
            // a path segment is percent-encoded: '+' would stay a plus sign there
            url = url.replace("{" + p.get("name").asText() + "}",
                q(p.get("example").asText()).replace("+", "%20"));
          } else {
            query.add(p.get("name").asText() + "=" + q(p.get("example").asText()));
          }
        }
      }
      assertFalse(url.contains("{"), path + " needs an example of each path parameter");
      url += query.isEmpty() ? "" : "?" + String.join("&", query);
      Iterator<String> codes = get.get("responses").fieldNames();
      int documented = Integer.parseInt(codes.next());
      HttpResponse<String> r = web.get(url);
      assertEquals(documented, r.statusCode(), url + ": " + r.body());
      JsonNode content = get.get("responses").get(Integer.toString(documented)).path("content");
      if (!content.isMissingNode()) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        assertTrue(content.has(type.replaceFirst(";.*", "")), url + " answered " + type);
      }
    }
  }

  @Test
  void wordsModeSearchesWhatTheSyntaxRefusesAndTheErrorSaysSo() throws Exception {
    String typed = "\"financial cooperation AND";
    JsonNode error = web.json("/api/search?q=" + q(typed), 400);
    assertEquals("query syntax error", error.get("error").asText());
    JsonNode words = web.json("/api/search?q=" + q(typed) + "&syntax=words", 200);
    assertEquals(typed, words.get("query").asText());
    assertEquals("(\\\"financial cooperation \\AND)", words.get("lucene").asText());
    assertEquals(ids(web.json("/api/search?q=" + q("financial cooperation"), 200)), ids(words));
    HttpResponse<String> export = web.get("/api/export?format=csv&syntax=words&q=" + q(typed));
    assertEquals(200, export.statusCode(), export.body());
    assertEquals(web.get("/api/export?format=csv&q=" + q("financial cooperation")).body(),
        export.body());
    JsonNode unknown = web.json("/api/search?q=x&syntax=lucene", 400);
    assertEquals("syntax must be one of full, words, got 'lucene'",
        unknown.get("detail").asText());
  }

  @Test
  void theSearchPageOffersTheWordsOfAQueryItCannotRead() throws Exception {
    HttpResponse<String> error = web.get("/?q=" + q("\"financial cooperation AND") + "&kind=paper");
    assertEquals(400, error.statusCode());
    assertTrue(error.body().contains("query syntax error at column 1"), error.body());
    assertTrue(error.body().contains("<a id=\"as-words\" href=\"/?q=%22financial+cooperation+AND"
        + "&amp;kind=paper&amp;syntax=words\">Search for these words instead</a>"), error.body());
    HttpResponse<String> words = web.get("/?q=" + q("\"financial cooperation AND")
        + "&kind=paper&syntax=words");
    assertEquals(200, words.statusCode(), words.body());
    assertTrue(words.body().contains("id=\"words-mode\""), words.body());
    assertTrue(words.body().contains("<article class=\"hit\">"), words.body());
    assertTrue(words.body().contains("value=\"&#34;financial cooperation AND\""), words.body());
  }

  @Test
  void theAdvancedFormSendsTheSearchOfTheQueryItBuilds() throws Exception {
    HttpResponse<String> r = web.get("/advanced?allWords=financial&exactPhrase=&anyWords="
        + "&noneWords=risk&titleWords=&byAuthor=&inVenue=&fromYear=2017&toYear=&inLanguage="
        + "&onTheme=");
    assertEquals(303, r.statusCode(), r.body());
    String location = r.headers().firstValue("Location").orElseThrow();
    assertEquals("/?q=" + q("+financial +year:[2017 TO *] -risk"), location);
    HttpResponse<String> page = web.get(location);
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("value=\"+financial +year:[2017 TO *] -risk\""),
        page.body());
    assertTrue(page.body().contains("<form action=\"/advanced\""), page.body());
    assertEquals("/", web.get("/advanced").headers().firstValue("Location").orElseThrow());
    HttpResponse<String> reversed = web.get("/advanced?fromYear=2019&toYear=2015");
    assertEquals(400, reversed.statusCode());
    assertTrue(reversed.body().contains("got 2019 to 2015"), reversed.body());
  }
}
