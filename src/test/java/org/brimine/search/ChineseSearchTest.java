package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.QueryVisitor;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.Entity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches a real index of Chinese and English papers. */
class ChineseSearchTest {
  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(new CollectionDoc("zh-finance", "一带一路资金融通研究", "",
          "资金融通是一带一路建设的重要支撑。亚投行为沿线国家的基础设施提供了贷款。").asPaper());
      // 金 and 融 apart: 黄金 (gold) and 融化 (melt)
      writer.write(new CollectionDoc("zh-apart", "黄金市场", "",
          "黄金价格上涨，冰雪融化，资本流入。").asPaper());
      writer.write(new CollectionDoc("en-finance", "Financial integration along the Belt and Road",
          "", "The AIIB and the Silk Road Fund finance railways and ports.").asPaper());
      // a Chinese paper whose entities were recognised (as annotation gives them): canonical
      // English name, aliases in both languages
      AnnotatedPaper bank = new CollectionDoc("zh-bank", "亚洲基础设施投资银行的治理", "",
          "该银行的治理结构与世界银行不同。").asPaper();
      writer.write(new AnnotatedPaper(bank.parsed(), bank.text(), List.of(new Entity("AIIB",
          "FIN_INSTITUTION", 2, List.of("Asian Infrastructure Investment Bank", "亚投行")))));
      // a CNKI paper: Chinese title and abstract, English ones beside them
      AnnotatedPaper cnki = new CollectionDoc("zh-cnki", "港口融资模式研究", "",
          "本文研究港口建设的融资模式。").asPaper();
      writer.write(new AnnotatedPaper(cnki.parsed().withLanguages("zh",
          "Financing models of port construction", "港口融资模式研究",
          "This paper studies how ports are financed.", "本文研究港口建设的融资模式。"),
          cnki.text(), List.of()));
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static SearchResults search(String query) throws IOException {
    return searcher.search(new SearchRequest(query, 0, 10, true));
  }

  private static List<String> ids(String query) throws IOException {
    return search(query).hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void chineseWordFindsThePaperWithItAndNotOneWithItsCharactersApart() throws IOException {
    assertEquals(List.of("zh-finance"), ids("资金融通"));
  }

  @Test
  void chineseMatchIsMarkedAsAWholeWordNeverCharacterByCharacter() throws IOException {
    Hit hit = search("资金融通").hits().get(0);
    String passages = String.join(" ", hit.highlights());
    assertTrue(passages.contains("<mark>资金融通</mark>"), passages);
    assertFalse(passages.contains("<mark>资</mark>") || passages.contains("<mark>金</mark>"),
        passages);
  }

  @Test
  void languageIsAFieldAndAFacet() throws IOException {
    assertEquals(List.of("zh-apart", "zh-bank", "zh-cnki", "zh-finance"), ids("lang:zh"));
    assertEquals(List.of("en-finance"), ids("lang:en"));
    SearchResults all = search("");
    assertEquals(List.of(new FacetCount("zh", 4), new FacetCount("en", 1)),
        all.facets().get("lang"));
  }

  @Test
  void languageFiltersAWordQuery() throws IOException {
    SearchResults results = searcher.search(new SearchRequest("AIIB", 0, 10, false,
        SearchFilters.NONE.withLanguage("zh")));
    assertEquals(List.of("zh-bank"), results.hits().stream().map(Hit::id).toList());
  }

  @Test
  void englishNameAndChineseAliasFindTheSameChinesePaper() throws IOException {
    assertEquals(List.of("zh-bank"), ids("org:AIIB"));
    assertEquals(List.of("zh-bank"), ids("org:亚投行"));
    // a plain word also matches the entity names: the English paper says AIIB in its text, the
    // Chinese one carries the entity
    assertEquals(List.of("en-finance", "zh-bank"), ids("AIIB"));
    assertTrue(ids("亚投行").containsAll(List.of("zh-bank", "zh-finance")), ids("亚投行").toString());
  }

  /** The terms of the entity field the query as parsed searches. */
  private static List<String> entityTerms(String query) {
    Set<Term> terms = new HashSet<>();
    searcher.parse(query).visit(QueryVisitor.termCollector(terms));
    return terms.stream().filter(t -> t.field().equals(Schema.ENTITY)).map(Term::text).sorted()
        .toList();
  }

  @Test
  void aWordNoEntityIsNamedSearchesNoEntityField() {
    assertEquals(List.of(), entityTerms("railways"));
    assertEquals(List.of(), entityTerms("\"silk road\""));
  }

  @Test
  void anIndexedNameOrAliasKeepsItsEntityClauseAndAnotherWordDoesNotAddOne() {
    assertEquals(1, entityTerms("AIIB").size(), entityTerms("AIIB").toString());
    assertEquals(1, entityTerms("亚投行").size(), entityTerms("亚投行").toString());
    assertEquals(entityTerms("AIIB"), entityTerms("AIIB railways"));
    assertEquals(1, entityTerms("\"Asian Infrastructure Investment Bank\"").size(),
        entityTerms("\"Asian Infrastructure Investment Bank\"").toString());
  }

  @Test
  void aStopwordStillDropsOutRatherThanRequireAnEntityOfThatName() throws IOException {
    assertEquals(List.of("en-finance"), ids("the AND railways"));
  }

  @Test
  void bothTitlesAndAbstractsOfABilingualPaperAreSearchedAndTheMainTitleShown()
      throws IOException {
    assertEquals(List.of("zh-cnki"), ids("title:financing"));
    assertEquals(List.of("zh-cnki"), ids("title:港口"));
    assertEquals(List.of("zh-cnki"), ids("abstract:studies"));
    Hit hit = search("title:financing").hits().get(0);
    assertEquals("港口融资模式研究", hit.title());
    assertTrue(String.join(" ", hit.highlights()).contains("<mark>Financing</mark>"),
        hit.highlights().toString());
    RecordDetails details = searcher.lookup().find("zh-cnki").orElseThrow();
    assertEquals("Financing models of port construction", details.paper().paper().titleEn());
    String shown = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(details.view());
    assertTrue(shown.contains("\"titleEn\":\"Financing models of port construction\""), shown);
    assertTrue(shown.contains("\"language\":\"zh\""), shown);
  }
}
