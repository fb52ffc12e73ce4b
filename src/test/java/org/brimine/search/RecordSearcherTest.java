package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.Fixtures;
import org.brimine.model.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches a real Lucene index of the seed paper and its four references. */
class RecordSearcherTest {
  private static final String SEED_ID = "nd-international-financial-cooperation-strategy-context-d6789895";
  private static final String REF1 = "2017-research-financial-cooperation-between-china-a34eac5e";
  private static final String REF2 = "2017-discussion-financial-cooperation-background-belt-e7f286a0";
  private static final String REF3 = "2016-discussion-financial-support-cooperation-risk-ca22e129";
  private static final String REF4 = "2015-development-economic-integration-commonwealth-independent-b67e30a3";

  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    SeedIndex.build(dir);
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<String> ids(String query) throws IOException {
    return searcher.search(new SearchRequest(query, 0, 10, false)).hits().stream()
        .map(Hit::id).toList();
  }

  @Test
  void yearRangeIsNumericAndFindsTheThreeReferencesOf2016And2017() throws IOException {
    assertEquals(List.of(REF1, REF2, REF3).stream().sorted().toList(),
        ids("year:[2016 TO 2017]").stream().sorted().toList());
    assertEquals(List.of(REF4), ids("year:2015"));
    assertEquals(List.of(REF4), ids("year:[2010 TO 2016}"));
    assertEquals(List.of(REF3), ids("year:{2015 TO 2016]"));
  }

  @Test
  void authorIsAnExactCaseInsensitiveField() throws IOException {
    assertEquals(List.of(REF2), ids("kind:reference AND author:\"Wang Nan\""));
    assertEquals(List.of(REF2), ids("author:\"wang nan\""));
    assertEquals(List.of(), ids("author:Wang"));
    assertEquals(List.of(REF4), ids("author:\"Lu Shanbing\""));
  }

  @Test
  void venueAndTypeAreFields() throws IOException {
    assertEquals(List.of(REF3), ids("venue:\"Northeast Asia Forum\""));
    assertEquals(4, ids("type:J").size());
    assertEquals(List.of(SEED_ID), ids("kind:paper"));
  }

  @Test
  void rankingPutsTheSeedPaperFirstForFinancialCooperation() throws IOException {
    SearchResults results = searcher.search(new SearchRequest("financial cooperation", 0, 10, false));
    assertEquals(SEED_ID, results.hits().get(0).id());
    assertEquals(4, results.total(), "the seed and the three references on financial cooperation");
    List<String> passages = results.hits().get(0).highlights();
    assertFalse(passages.isEmpty());
    assertTrue(passages.stream().allMatch(p -> p.contains("<mark>financial</mark>")
        || p.contains("<mark>cooperation</mark>")), passages.toString());
  }

  @Test
  void stemsEnglishText() throws IOException {
    assertEquals(List.of(SEED_ID), ids("body:\"bond markets\""));
    assertEquals(List.of(SEED_ID), ids("section:difficulty"));
  }

  @Test
  void titleFieldFindsTheReference() throws IOException {
    assertEquals(List.of(REF1), ids("title:Ruili"));
  }

  @Test
  void reportsWhereAQuerySyntaxErrorIs() {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> ids("title:("));
    assertEquals(7, e.column());
    assertTrue(e.getMessage().contains("title:("), e.getMessage());
    assertThrows(QuerySyntaxException.class, () -> ids("year:[abc TO 2017]"));
  }

  @Test
  void countsFacetsOverAllMatches() throws IOException {
    SearchResults results = searcher.search(new SearchRequest("*:*", 0, 1, true));
    assertEquals(5, results.total());
    assertEquals(List.of(new FacetCount("reference", 4), new FacetCount("paper", 1)),
        results.facets().get("kind"));
    assertEquals(List.of(new FacetCount("2017", 2), new FacetCount("2015", 1),
        new FacetCount("2016", 1)), results.facets().get("year"));
  }

  @Test
  void pagesThroughHits() throws IOException {
    List<String> all = ids("financial");
    List<String> second = searcher.search(new SearchRequest("financial", 1, 2, false)).hits()
        .stream().map(Hit::id).toList();
    assertEquals(all.subList(1, 3), second);
  }

  @Test
  void showsAReferenceWithThePaperThatCitesIt() throws IOException {
    RecordDetails ref = searcher.lookup().find(REF2).orElseThrow();
    assertEquals(RecordKind.REFERENCE, ref.kind());
    assertEquals("Modern Marketing (Late)", ref.reference().venue());
    assertEquals(List.of(SEED_ID), ref.citedBy().stream().map(Hit::id).toList());
    RecordDetails paper = searcher.lookup().find(SEED_ID).orElseThrow();
    assertEquals(Fixtures.SEED_TITLE, paper.paper().paper().title());
    assertEquals(List.of(REF1, REF2, REF3, REF4), paper.paper().paper().citedIds());
    assertTrue(searcher.lookup().find("no-such-id").isEmpty());
  }
}
