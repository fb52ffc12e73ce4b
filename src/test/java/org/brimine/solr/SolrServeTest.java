package org.brimine.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.brimine.index.RecordWriter;
import org.brimine.library.SolrPush;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import org.brimine.themes.Taxonomy;
import org.brimine.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bri serve --solr}: the web server searching a real two-node, two-shard SolrCloud
 * answers the search page and {@code /api/search} as the server of the local index does, and
 * says which pages need the local index. One cluster for the class.
 */
class SolrServeTest {
  private static final String COLLECTION = "papers";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path dir;
  private static LocalCloud cloud;
  private static RecordSearcher local;
  private static SolrSearcher solr;
  private static WebServer localServer;
  private static WebServer solrServer;

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("lucene");
    try (RecordWriter writer = RecordWriter.open(index)) {
      SolrFixture.write(writer);
      writer.commit();
    }
    Taxonomy taxonomy = Taxonomy.load();
    local = RecordSearcher.open(index, Ranking.DEFAULT, taxonomy.ids());
    cloud = LocalCloud.start(dir.resolve("solr"), 2, Configset.DEFAULT);
    cloud.createCollection(COLLECTION, 2);
    String where = cloud.nodeUrls().get(0);
    try (SolrIndexer indexer = new SolrIndexer(where, COLLECTION, SolrSettings.DEFAULT)) {
      SolrPush.push(local, indexer);
    }
    solr = new SolrSearcher(where, COLLECTION, taxonomy.ids());
    localServer = new WebServer("127.0.0.1", 0, local, taxonomy);
    solrServer = new WebServer("127.0.0.1", 0, solr, taxonomy,
        "the SolrCloud collection '" + COLLECTION + "' at " + where);
    localServer.start();
    solrServer.start();
  }

  @AfterAll
  static void stop() throws IOException {
    for (WebServer server : new WebServer[] {localServer, solrServer}) {
      if (server != null) {
        server.close();
      }
    }
    if (solr != null) {
      solr.close();
    }
    if (local != null) {
      local.close();
    }
    if (cloud != null) {
      cloud.close();
    }
  }

  private static HttpResponse<String> get(WebServer server, String pathAndQuery)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode search(WebServer server, String query) throws Exception {
    HttpResponse<String> r = get(server, "/api/search?size=100&q="
        + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** The ids best first, equal scores by id (each backend breaks ties its own way). */
  private static List<String> ranked(JsonNode page) {
    List<JsonNode> hits = new ArrayList<>();
    page.get("hits").forEach(hits::add);
    return hits.stream()
        .sorted(Comparator.comparingLong((JsonNode h) -> -Math.round(h.get("score").asDouble()
            * 1e4)).thenComparing(h -> h.get("id").asText()))
        .map(h -> h.get("id").asText()).toList();
  }

  @Test
  void webSearchThroughSolrFindsWhatTheLocalServerFindsInTheSameOrderWithTheSameFacets()
      throws Exception {
    for (String query : List.of("railways", "gamma delta", "alpha beta", "swap line renminbi",
        "资金融通", "venue:\"world economy\"", "")) {
      JsonNode expected = search(localServer, query);
      JsonNode got = search(solrServer, query);
      assertFalse(expected.get("hits").isEmpty(), query);
      assertEquals(ranked(expected), ranked(got), query);
      assertEquals(expected.get("total"), got.get("total"), query);
      assertEquals(expected.get("facets"), got.get("facets"), query);
    }
    assertEquals(List.of("gamma-near", "gamma-far"), ranked(search(solrServer, "gamma delta")));
  }

  @Test
  void searchPageThroughSolrMarksTheMatchedWordsAndShowsEveryValueOfAFacet() throws Exception {
    HttpResponse<String> page = get(solrServer, "/?q=renminbi");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<mark>renminbi</mark>"), page.body());
    assertTrue(page.body().contains("/papers/swap"), page.body());
    SearchRequest all = new SearchRequest("", 0, 10, true);
    assertEquals(local.allFacetValues(all, "year"), solr.allFacetValues(all, "year"));
    assertTrue(solr.allFacetValues(all, "year").size() > 10, "more than a search's top values");
  }

  @Test
  void aSyntaxErrorIsTheLocalServersAndPagesOfWholeRecordsSayTheyNeedTheLocalIndex()
      throws Exception {
    HttpResponse<String> mistake = get(solrServer, "/api/search?q=titel:railways");
    assertEquals(400, mistake.statusCode());
    assertEquals(get(localServer, "/api/search?q=titel:railways").body(), mistake.body());
    for (String path : List.of("/papers/swap", "/api/papers/swap", "/authors/Wang%20Nan",
        "/themes/corpus", "/api/map?kind=keywords", "/api/export?format=ris")) {
      HttpResponse<String> r = get(solrServer, path);
      assertEquals(501, r.statusCode(), path);
      assertTrue(r.body().contains("needs the local index"), path + ": " + r.body());
      assertTrue(r.body().contains("collection &#39;papers&#39;")
          || r.body().contains("collection 'papers'"), path + ": " + r.body());
      assertEquals(200, get(localServer, path).statusCode(), path);
    }
    assertEquals(200, get(solrServer, "/themes").statusCode());
    String cursor = JSON.readTree(get(localServer, "/api/search?size=1&q=railways").body())
        .get("cursor").asText();
    HttpResponse<String> paged = get(solrServer, "/api/search?q=railways&cursor=" + cursor);
    assertEquals(400, paged.statusCode());
    assertTrue(paged.body().contains("a cursor pages the local index only"), paged.body());
  }
}
