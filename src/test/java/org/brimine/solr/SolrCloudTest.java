package org.brimine.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.brimine.cli.Main;
import org.brimine.index.RecordWriter;
import org.brimine.library.SolrPush;
import org.brimine.search.Hit;
import org.brimine.search.Proximity;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchFilters;
import org.brimine.search.SearchRequest;
import org.brimine.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A real two-node, two-shard SolrCloud (Solr's MiniSolrCloudCluster, embedded ZooKeeper) beside
 * a local index of the same papers: the push, and searches that must answer as the local index
 * does. One cluster for the class: starting one takes seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  private static final String COLLECTION = "papers";
  private static final Set<String> THEMES = Set.of("financial-integration", "unimpeded-trade",
      "facilities-connectivity");

  @TempDir
  static Path dir;
  private static LocalCloud cloud;
  private static RecordSearcher local;
  private static SearchBackend solr;

  @BeforeAll
  static void start() throws IOException {
    Path index = dir.resolve("home").resolve("lucene");
    try (RecordWriter writer = RecordWriter.open(index)) {
      SolrFixture.write(writer);
      writer.commit();
    }
    local = RecordSearcher.open(index, Ranking.DEFAULT, THEMES);
    cloud = LocalCloud.start(dir.resolve("solr"), 2, Configset.DEFAULT);
    cloud.createCollection(COLLECTION, 2);
    String where = cloud.nodeUrls().get(0);
    try (SolrIndexer indexer = new SolrIndexer(where, COLLECTION, SolrSettings.DEFAULT)) {
      SolrPush.Pushed pushed = SolrPush.push(local, indexer);
      assertEquals(SolrFixture.RECORDS, pushed.records());
    }
    solr = new SolrSearcher(where, COLLECTION, THEMES);
  }

  @AfterAll
  static void stop() throws IOException {
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

  private static SearchResults search(SearchBackend backend, String query, boolean facets)
      throws IOException {
    return backend.search(new SearchRequest(query, 0, 20, facets));
  }

  /** Every match: a page of the first 20 would cut a run of equal scores differently. */
  private static SearchResults all(SearchBackend backend, String query) throws IOException {
    return backend.search(new SearchRequest(query, 0, SolrFixture.RECORDS, false));
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  /**
   * The ids best first, hits of the same score by id: the local index breaks ties by the order
   * records were added, Solr by shard, so only records of different scores have an order to
   * agree on.
   */
  private static List<String> ranked(SearchResults results) {
    return results.hits().stream()
        .sorted(java.util.Comparator.comparingLong((Hit h) -> -Math.round(h.score() * 1e4))
            .thenComparing(Hit::id))
        .map(Hit::id).toList();
  }

  @Test
  @Order(1)
  void solrFindsWhatTheLocalIndexFindsInTheSameOrder() throws IOException {
    for (String query : List.of("railways", "swap line", "\"currency swap\"", "title:renminbi",
        "AIIB", "亚投行", "资金融通", "ports AND railway", "year:[2016 TO 2018]", "venue:\"world economy\"",
        "author:\"wang nan\" AND railways", "railway -bank", "rail*",
        // several words: the proximity bonus re-ranks the top (gammaDeltaIsReRanked)
        "gamma delta", "alpha beta", "delta gamma", "central bank", "ports railways",
        "title:gamma delta", "\"currency swap\" line", "swap line renminbi", "资金融通 亚投行")) {
      SearchResults expected = all(local, query);
      SearchResults got = all(solr, query);
      assertEquals(ranked(expected), ranked(got), query);
      assertEquals(expected.total(), got.total(), query);
    }
  }

  @Test
  @Order(1)
  void scoresAreTheLocalIndexsWithCollectionWideStatistics() throws IOException {
    // ExactStatsCache: idf and field lengths of the whole collection, not of one shard; the
    // proximity bonus as a rerank query scores as the local one
    for (String query : List.of("railways", "swap line", "AIIB", "亚投行", "title:renminbi",
        "ports AND railway", "gamma delta", "alpha beta", "central bank", "资金融通",
        // a prefix or a wildcard: each field by its boost, entity names too (a fuzzy word's
        // terms are weighed by each shard's own statistics: not the same scores)
        "rail*", "asia*", "corrid* AND port*", "pipel?ne*", "infrastructure*")) {
      SearchResults expected = search(local, query, false);
      SearchResults got = search(solr, query, false);
      for (int i = 0; i < expected.hits().size(); i++) {
        assertEquals(expected.hits().get(i).score(), got.hits().get(i).score(),
            1e-4 * expected.hits().get(i).score(), query + " " + expected.hits().get(i).id());
      }
    }
  }

  @Test
  @Order(1)
  void themeQueriesRankByTheThemesWeightAsTheLocalIndexDoes() throws IOException {
    for (String query : List.of("theme:unimpeded-trade", "theme:financial-integration",
        "railways theme:unimpeded-trade", "ports theme:\"facilities-connectivity\"",
        "Theme:(financial-integration OR facilities-connectivity) corridor")) {
      SearchResults expected = all(local, query);
      SearchResults got = all(solr, query);
      assertEquals(ranked(expected), ranked(got), query);
      assertEquals(expected.total(), got.total(), query);
      java.util.Map<String, Float> scores = new java.util.HashMap<>();
      got.hits().forEach(h -> scores.put(h.id(), h.score()));
      for (Hit h : expected.hits()) {
        assertEquals(h.score(), scores.get(h.id()), 1e-4, query + " " + h.id());
      }
    }
    // with no words, the theme filter ranks by the theme's weight
    SearchRequest filtered = new SearchRequest("", 0, SolrFixture.RECORDS, false,
        SearchFilters.NONE.withTheme("unimpeded-trade"));
    SearchResults expected = local.search(filtered);
    SearchResults got = solr.search(filtered);
    assertEquals(ranked(expected), ranked(got));
    for (int i = 0; i < expected.hits().size(); i++) {
      assertEquals(expected.hits().get(i).score(), got.hits().get(i).score(), 1e-4);
    }
    // a required year range adds 1 to every Solr score (the local search makes it a filter,
    // ConstantClauses): the same order
    String query = "theme:unimpeded-trade AND year:[2000 TO 2012]";
    assertEquals(ranked(all(local, query)), ranked(all(solr, query)), query);
  }

  @Test
  @Order(1)
  void theProximityBonusReRanksOnlyTheCollectionsTopAsTheLocalSearchDoes() throws IOException {
    Path index = dir.resolve("home").resolve("lucene");
    try (RecordSearcher plain = RecordSearcher.open(index,
        Ranking.DEFAULT.withProximity(Proximity.OFF), THEMES)) {
      // without the bonus the short text with the words apart is first
      assertEquals(List.of("gamma-far", "gamma-near"), ids(all(plain, "gamma delta")));
    }
    assertEquals(List.of("gamma-near", "gamma-far"), ids(all(local, "gamma delta")));
    assertEquals(List.of("gamma-near", "gamma-far"), ids(all(solr, "gamma delta")));
    // the near pair is last: past the window, though in its shard's top, so no bonus
    List<String> alpha = ids(all(solr, "alpha beta"));
    assertEquals(SolrFixture.FAR_PAIRS + 1, alpha.size());
    assertEquals("alpha-near", alpha.get(alpha.size() - 1));
  }

  @Test
  @Order(1)
  void solrAnalysesTextAsTheLocalIndexDoes() throws Exception {
    String text = "The Silk Road Fund's loans: 资金融通是一带一路建设的重要支撑, railways and 光伏 ports.";
    List<String> expected = new java.util.ArrayList<>();
    try (org.apache.lucene.analysis.Analyzer analyzer = org.brimine.index.Analyzers.perField();
        org.apache.lucene.analysis.TokenStream stream = analyzer.tokenStream("body", text)) {
      var term = stream.addAttribute(
          org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        expected.add(term.toString());
      }
      stream.end();
    }
    try (var client = new org.apache.solr.client.solrj.impl.Http2SolrClient.Builder(
        cloud.nodeUrls().get(0)).build()) {
      var request = new org.apache.solr.client.solrj.request.FieldAnalysisRequest()
          .addFieldName("body").setFieldValue(text);
      var phases = request.process(client, COLLECTION).getFieldNameAnalysis("body")
          .getIndexPhases();
      org.apache.solr.client.solrj.response.AnalysisResponseBase.AnalysisPhase last = null;
      for (var phase : phases) {
        last = phase;
      }
      assertEquals(expected, last.getTokens().stream()
          .map(org.apache.solr.client.solrj.response.AnalysisResponseBase.TokenInfo::getText)
          .toList());
    }
  }

  @Test
  @Order(2)
  void facetCountsAreTheLocalIndexs() throws IOException {
    for (String query : List.of("", "railways OR renminbi", "资金融通")) {
      assertEquals(search(local, query, true).facets(), search(solr, query, true).facets(),
          query);
    }
  }

  @Test
  @Order(3)
  void passagesMarkTheWordsTheQueryMatched() throws IOException {
    Hit hit = search(solr, "renminbi", false).hits().get(0);
    assertEquals("swap", hit.id());
    assertTrue(String.join(" ", hit.highlights()).contains("<mark>renminbi</mark>"),
        hit.highlights().toString());
    Hit zh = search(solr, "资金融通", false).hits().get(0);
    assertTrue(String.join(" ", zh.highlights()).contains("<mark>资金融通</mark>"),
        zh.highlights().toString());
  }

  @Test
  @Order(4)
  void filtersAndMistakesAreTheLocalSearchs() throws IOException {
    SearchFilters filters = SearchFilters.NONE.withTheme("financial-integration");
    SearchRequest request = new SearchRequest("railways OR renminbi", 0, 10, false, filters);
    assertEquals(ids(local.search(request)), ids(solr.search(request)));
    QuerySyntaxException local = assertThrows(QuerySyntaxException.class,
        () -> search(SolrCloudTest.local, "titel:railways", false));
    QuerySyntaxException remote = assertThrows(QuerySyntaxException.class,
        () -> search(solr, "titel:railways", false));
    assertEquals(local.getMessage(), remote.getMessage());
  }

  @Test
  @Order(5)
  void deletedRecordIsGoneAndPushingAgainBringsItBackOnce() throws IOException {
    String where = cloud.zkHost();
    try (SolrIndexer indexer = new SolrIndexer(where, COLLECTION, SolrSettings.DEFAULT)) {
      indexer.delete("swap");
      indexer.commit();
      assertFalse(ids(search(solr, "renminbi", false)).contains("swap"));
      assertEquals(SolrFixture.RECORDS - 1, search(solr, "", false).total());
      SolrPush.push(local, indexer);
    }
    assertEquals(SolrFixture.RECORDS, search(solr, "", false).total());
    assertEquals(ids(search(local, "renminbi", false)), ids(search(solr, "renminbi", false)));
  }

  @Test
  @Order(6)
  void nothingIsLostWhenANodeStopsMidPushAndComesBack() throws Exception {
    String where = cloud.zkHost();
    try (SolrIndexer indexer = new SolrIndexer(where, COLLECTION, SolrSettings.DEFAULT)) {
      indexer.deleteAll();
      indexer.commit();
    }
    assertEquals(0, search(solr, "", false).total());
    cloud.stopNode(1);
    // small batches, quick retries: the shard of the stopped node has no leader for seconds
    SolrSettings patient = new SolrSettings(2, 40, Duration.ofMillis(200), Duration.ofSeconds(1));
    SolrPush.Pushed[] pushed = new SolrPush.Pushed[1];
    Exception[] failed = new Exception[1];
    Thread push = new Thread(() -> {
      try (SolrIndexer indexer = new SolrIndexer(where, COLLECTION, patient)) {
        pushed[0] = SolrPush.push(local, indexer);
      } catch (Exception e) {
        failed[0] = e;
      }
    });
    push.start();
    Thread.sleep(2_000);
    cloud.restartNode(1);
    cloud.waitForCollection(COLLECTION, 2);
    push.join(120_000);
    assertEquals(null, failed[0]);
    assertTrue(pushed[0].retries() > 0, "the push should have met the stopped node");
    assertEquals(SolrFixture.RECORDS, search(solr, "", false).total());
    assertEquals(ids(search(local, "railways", false)), ids(search(solr, "railways", false)));
  }

  @Test
  @Order(7)
  void commandLinePushesTheLocalIndexAndSearchesTheCollection() {
    String url = cloud.nodeUrls().get(1);
    StringWriter out = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    assertEquals(0, cl.execute("index", "--index", dir.resolve("home").toString(), "--solr", url,
        "--collection", COLLECTION, "--fresh", "--batch", "5"));
    assertTrue(out.toString().contains("index: " + SolrFixture.RECORDS + " records pushed to collection papers"),
        out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, cl.execute("search", "--solr", url, "--collection", COLLECTION, "--facets",
        "亚投行"));
    assertTrue(out.toString().contains("id: zh-finance"), out.toString());
    assertTrue(out.toString().contains("institution: Asian Infrastructure Investment Bank (2)"),
        out.toString());
  }
}
