package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading view, the author and venue pages, the corpus's source files and the facets'
 * "more", over HTTP against the real server of a small real corpus: the seed, a railway paper
 * by an English and a Chinese author, a paper that cites a work by DOI, and that work's full
 * text under another title.
 */
class ReadingPagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String RAILWAY_ID = ReadingFixture.RAILWAY_ID;
  static final String CITED_REFERENCE_ID = ReadingFixture.CITED_REFERENCE_ID;
  static final String CITED_PAPER_ID = ReadingFixture.CITED_PAPER_ID;

  @TempDir
  static Path dir;
  private static ReadingFixture fixture;
  private static WebServer server;
  private static Path corpus;

  @BeforeAll
  static void start() throws IOException {
    fixture = new ReadingFixture(dir);
    server = fixture.server;
    corpus = fixture.corpus;
  }

  @AfterAll
  static void stop() throws IOException {
    fixture.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String page(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return r.body();
  }

  /** The status of a request whose path is sent as written, not normalised by a client. */
  private static int rawStatus(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static List<String> all(Pattern p, String html) {
    List<String> found = new ArrayList<>();
    Matcher m = p.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void paperPageShowsTheFullTextBySectionWithTheQueryWordsMarked() throws Exception {
    String html = page("/papers/" + WebFixture.SEED_ID + "?q=" + q("cooperation NOT trade"));
    String text = html.substring(html.indexOf("id=\"full-text\""), html.indexOf("id=\"references\""));
    assertTrue(text.contains("<section id=\"s1\"><h3><span>1 Introduction</span></h3>"),
        text.substring(0, 300));
    assertTrue(text.contains("international <mark>cooperation</mark> platform"));
    assertTrue(text.contains("<h3><span>2 Difficulties in International Financial <mark>"
        + "Cooperation</mark> in the Context"), "headings, in any case");
    assertFalse(text.contains("<mark>trade</mark>"), "an excluded word is not marked");
    assertTrue(html.contains("<a href=\"/?q=cooperation+NOT+trade\">cooperation NOT trade</a>"),
        "a link back to the search");
  }

  @Test
  void paperPageMarksTheFormsTheSearchMatched() throws Exception {
    String html = page("/papers/" + RAILWAY_ID + "?q=railways");
    assertTrue(html.contains("The China-Laos <mark>Railway</mark> opened in 2021."), html);
    assertTrue(html.contains("The <mark>railway</mark> links Kunming"), html);
  }

  @Test
  void paperPageWithoutAQueryOrWithABadOneMarksNothing() throws Exception {
    for (String path : List.of("/papers/" + RAILWAY_ID, "/papers/" + RAILWAY_ID + "?q="
        + q("title:("))) {
      String html = page(path);
      assertFalse(html.contains("<mark>"), path);
      assertTrue(html.contains("<p>The China-Laos Railway opened in 2021.</p>"), path);
    }
  }

  @Test
  void searchResultsLinkToTheirPagesWithTheQuery() throws Exception {
    String html = page("/?q=railway");
    assertTrue(html.contains("<a href=\"/papers/" + RAILWAY_ID + "?q=railway\">"), html);
  }

  @Test
  void paperPageLinksItsStoredSourceFileWhichIsServedAsItIs() throws Exception {
    String html = page("/papers/" + RAILWAY_ID);
    assertTrue(html.contains("<a id=\"source-file\" href=\"/corpus/papers/laos-railway.txt\">"
        + "stored source file (txt)</a>"), html);
    HttpResponse<String> file = get("/corpus/papers/laos-railway.txt");
    assertEquals(200, file.statusCode());
    assertEquals(Files.readString(corpus.resolve("papers/laos-railway.txt")), file.body());
    assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    assertTrue(file.headers().firstValue("Content-Security-Policy").orElse("")
        .contains("sandbox"));
  }

  @Test
  void sourceFilesRefusePathsOutOfTheCorpusAndServeOnlyTextAndPdf() throws Exception {
    Files.writeString(dir.resolve("secret.txt"), "not for the web");
    for (String path : List.of("/corpus/../secret.txt", "/corpus/papers/../../secret.txt",
        "/corpus/%2e%2e/secret.txt", "/corpus/papers/%2e%2e/%2e%2e/secret.txt",
        "/corpus//etc/passwd", "/corpus/" + q(dir.resolve("secret.txt").toString()),
        "/corpus/papers/./laos-railway.txt")) {
      assertEquals(400, rawStatus(path), path);
    }
    assertEquals(404, rawStatus("/corpus/papers/laos-railway.meta.json"));
    assertEquals(404, rawStatus("/corpus/papers/none.txt"));
    assertEquals(404, rawStatus("/corpus/README.md"));
    assertEquals(405, HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
        + server.port() + "/corpus/papers/laos-railway.txt"))
        .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void referencePageShowsItsFieldsAndLinksThePaperItBecame() throws Exception {
    String html = page("/papers/" + CITED_REFERENCE_ID);
    assertTrue(html.contains("<p id=\"became\">Its full text is in the index: <a href=\"/papers/"
        + CITED_PAPER_ID + "\">Port Finance on the 21st-Century Maritime Silk Road</a></p>"),
        html);
    assertTrue(html.contains("<tr><th>doi</th><td>10.1234/ports.2018</td></tr>"), html);
    assertTrue(html.contains("<a class=\"author\" href=\"/authors/Zhao%20Lei\">Zhao Lei</a>"));
    assertTrue(html.contains("<a class=\"venue\" href=\"/venues/Ocean%20Economy\">"));
  }

  @Test
  void authorPageListsWorksCoAuthorsVenuesThemesAndCitations() throws Exception {
    String html = page("/authors/zhao%20lei");
    assertTrue(html.contains("<h1 id=\"name\">Zhao Lei</h1>"), "as the works write it: " + html);
    assertTrue(html.contains("author · 2 works · cited 1 time by papers of the index"), html);
    List<String> works = all(Pattern.compile("<tr><td><a href=\"/papers/([^\"]+)\""), html);
    assertEquals(List.of(CITED_REFERENCE_ID, CITED_PAPER_ID), works, "the most cited first");
    assertTrue(html.contains("<td>reference</td><td class=\"num\">1</td>"), html);
    assertTrue(html.contains("<a class=\"chip\" href=\"/venues/Ocean%20Economy\">Ocean Economy "
        + "(2)</a>"), html);
    assertTrue(html.contains("<a id=\"search-works\" href=\"/?q=author%3A%22Zhao+Lei%22\">"),
        html);
    String li = page("/authors/Li%20Wei");
    assertTrue(li.contains("<p id=\"people\"><a class=\"chip\" href=\"/authors/Qian%20Yu\">Qian "
        + "Yu (1)</a><a class=\"chip\" href=\"/authors/%E7%8E%8B%E6%98%8E\" lang=\"zh\">王明 (1)"
        + "</a></p>"), li);
    assertTrue(li.contains("<table id=\"theme-years\">"), li);
    assertTrue(li.contains("<tr><td>2020</td><td class=\"num\">1</td>"), li);
    assertTrue(li.contains("<tr><td>2022</td><td class=\"num\">1</td>"), li);
  }

  @Test
  void chineseNamesAreUrlEncodedInLinksAndFound() throws Exception {
    String results = page("/?q=railway");
    assertTrue(results.contains("<a class=\"author\" href=\"/authors/%E7%8E%8B%E6%98%8E\" "
        + "lang=\"zh\">王明</a>"), results);
    String html = page("/authors/%E7%8E%8B%E6%98%8E");
    assertTrue(html.contains("<h1 id=\"name\" lang=\"zh\">王明</h1>"), html);
    assertTrue(html.contains("<a href=\"/papers/" + RAILWAY_ID + "\">The China-Laos Railway and "
        + "Trade</a>"), html);
  }

  @Test
  void venuePageListsItsWorksAndAuthorsAndLinksToItsSearch() throws Exception {
    String html = page("/venues/" + q("asian transport review").replace("+", "%20"));
    assertTrue(html.contains("<h1 id=\"name\">Asian Transport Review</h1>"), html);
    assertTrue(html.contains("venue · 1 work"), html);
    assertTrue(html.contains("<a id=\"search-works\" href=\"/?venue=Asian+Transport+Review\">"),
        html);
    assertTrue(html.contains("<a class=\"chip\" href=\"/authors/Li%20Wei\">Li Wei (1)</a>"), html);
    assertFalse(html.contains("<h2>Venues</h2>"), html);
  }

  @Test
  void unknownAuthorsAndVenuesAreA404Page() throws Exception {
    for (String path : List.of("/authors/Nobody%20Known", "/venues/No%20Such%20Journal",
        "/authors/%E6%97%A0%E5%90%8D")) {
      HttpResponse<String> r = get(path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }
    assertEquals(400, get("/authors/a%01b").statusCode());
  }

  @Test
  void paperPageAndResultsLinkAuthorsAndVenue() throws Exception {
    String html = page("/papers/" + RAILWAY_ID);
    assertTrue(html.contains("<a class=\"author\" href=\"/authors/Li%20Wei\">Li Wei</a>, "
        + "<a class=\"author\" href=\"/authors/%E7%8E%8B%E6%98%8E\" lang=\"zh\">王明</a>"), html);
    assertTrue(html.contains("<a class=\"venue\" href=\"/venues/Asian%20Transport%20Review\">"));
    String results = page("/?q=railway");
    assertTrue(results.contains("<a class=\"venue\" href=\"/venues/Asian%20Transport%20Review\">"),
        results);
  }

  @Test
  void moreShowsEveryValueOfAFacetAndFewerTheTopOnesAgain() throws Exception {
    String top = page("/?q=financial");
    String themes = "<ul data-facet=\"theme\">";
    assertEquals(10, facetValues(top, themes).size(), top);
    assertTrue(top.contains("<a class=\"more\" rel=\"nofollow\" data-more=\"theme\" "
        + "href=\"/?q=financial&amp;more=theme\">more</a>"), top);
    assertTrue(top.contains("<input type=\"search\" class=\"facet-filter\" data-filters=\"theme\""),
        "a long facet has a filter box");
    assertFalse(top.contains("data-more=\"kind\""), "a short facet shows every value");
    String more = page("/?q=financial&more=theme");
    assertEquals(11, facetValues(more, themes).size(), more);
    assertTrue(more.contains("<a class=\"fewer\" rel=\"nofollow\" data-fewer=\"theme\" "
        + "href=\"/?q=financial\">fewer</a>"), more);
    assertEquals(400, get("/?q=financial&more=colour").statusCode());
  }

  private static List<String> facetValues(String html, String list) {
    String facet = html.substring(html.indexOf(list), html.indexOf("</ul>", html.indexOf(list)));
    return all(Pattern.compile("<li><a href=\"([^\"]+)\""), facet);
  }

  @Test
  void themeChipsKeepTheQueryAndFilters() throws Exception {
    String html = page("/?q=railway&yearFrom=2020");
    assertTrue(html.contains("<a class=\"chip\" href=\"/?q=railway&amp;yearFrom=2020&amp;theme="
        + "facilities-connectivity\">"), html);
  }

  @Test
  void searchPageLoadsItsFacetScriptAndThePolicyLetsOnlyOwnScriptsRun() throws Exception {
    HttpResponse<String> r = get("/?q=railway");
    assertTrue(r.body().contains("<script src=\"/static/facets.js\" defer></script>"));
    String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'"), csp);
    assertFalse(csp.contains("unsafe-inline';") && csp.contains("script-src 'self' 'unsafe"),
        csp);
    HttpResponse<String> js = get("/static/facets.js");
    assertEquals(200, js.statusCode());
    assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
  }
}
