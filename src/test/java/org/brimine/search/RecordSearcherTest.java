package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.Fixtures;
import org.brimine.model.RecordKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

  static Stream<Arguments> badQueries() {
    return Stream.of(
        Arguments.of("\"belt road", 1,
            "unbalanced quote: the phrase starting at column 1 is not closed"),
        Arguments.of("title:\"belt road", 7,
            "unbalanced quote: the phrase starting at column 7 is not closed"),
        Arguments.of("(belt road", 1,
            "missing closing parenthesis: the group opened at column 1 is not closed"),
        Arguments.of("belt road)", 10,
            "unmatched closing parenthesis: no parenthesis before it is open"),
        Arguments.of("title:(", 7,
            "missing closing parenthesis: the group opened at column 7 is not closed"),
        Arguments.of("belt AND", 6, "AND at the end of the query needs a word after it"),
        Arguments.of("belt NOT", 6, "NOT at the end of the query needs a word after it"),
        Arguments.of("AND belt", 1, "AND at column 1 needs a word before it (it starts the query)"),
        Arguments.of("belt OR OR road", 9, "OR at column 9 needs a word before it"),
        Arguments.of("title:", 6,
            "title: at the end of the query needs a word or \"phrase\" after it"),
        Arguments.of("belt^", 5, "^ at the end of the query needs a number after it, as in belt^2"),
        Arguments.of("belt^x", 5, "^ needs a number after it, as in belt^2"),
        Arguments.of("year:[2015 TO", 6, "unclosed range: the range starting at column 6 needs "
            + "TO and a closing ] or }, as in year:[2015 TO 2018]"),
        Arguments.of("year:[2015 2018]", 12,
            "a range needs TO between its two ends, as in year:[2015 TO 2018]"),
        Arguments.of("year:abc", 6, "year must be a whole number, got 'abc'"),
        Arguments.of("belt\\", 5,
            "a backslash at the end of the query escapes nothing: write \\\\ for a backslash"),
        Arguments.of("*road", 1,
            "a word cannot begin with a wildcard ('*road'): put a letter or more before * or ?"),
        Arguments.of("()", 1, "empty parentheses: put words between them"),
        Arguments.of("title:belt:road", 11, "a second colon: a word has one field at most (a "
            + "colon that is part of the words goes inside \"quotes\" or after a backslash)"),
        Arguments.of("belt AND tilte:road", 10, "unknown field 'tilte': did you mean title? (a "
            + "colon that is part of the words goes inside \"quotes\" or after a backslash)"),
        Arguments.of("authors:\"Wang Nan\"", 1, "unknown field 'authors': did you mean author? "
            + "(a colon that is part of the words goes inside \"quotes\" or after a backslash)"),
        Arguments.of("belt theme:nope", 12, "unknown theme 'nope': no record has a theme"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badQueries")
  void explainsAQueryErrorInWordsWithItsColumn(String query, int column, String reason) {
    QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> ids(query));
    assertEquals("query syntax error at column " + column + " of '" + query + "': " + reason,
        e.getMessage());
    assertEquals(column, e.column());
    for (String internal : List.of("Encountered", "lexical", "<EOF>", "expecting", "Cannot parse")) {
      assertFalse(e.getMessage().contains(internal), e.getMessage());
    }
  }

  @Test
  void aFieldInOtherCaseIsTheField() throws IOException {
    assertEquals(List.of(REF1), ids("Title:Ruili"));
  }

  @Test
  void colonsInPhrasesAndUrlsAreText() throws IOException {
    assertEquals(List.of(), ids("\"note: ruili\""));
    assertEquals(List.of(REF1), ids("http://example.org/ruili"));
  }

  @Test
  void slashesAreTextNotRegularExpressions(@TempDir Path slashes) throws IOException {
    try (RecordWriter writer = RecordWriter.open(slashes)) {
      writer.write(new CollectionDoc("ppp", "", "Ann",
          "Most ports were financed as PPP/BOT/EPC contracts.").asPaper());
      writer.write(new CollectionDoc("laos", "", "Bo",
          "The China/Laos railway opened in 2021.").asPaper());
      writer.write(new CollectionDoc("other", "", "Cy", "A railway in Kenya.").asPaper());
      writer.commit();
    }
    try (RecordSearcher s = RecordSearcher.open(slashes, Ranking.DEFAULT)) {
      assertEquals(List.of("ppp"), ids(s, "PPP/BOT"));
      assertEquals(List.of("ppp"), ids(s, "+PPP/BOT/EPC"));
      assertEquals(List.of("laos", "other"), ids(s, "China/Laos railway"));
      assertEquals(List.of("laos"), ids(s, "\"China/Laos railway\""));
      assertEquals(List.of(), ids(s, "/"));
    }
  }

  private static List<String> ids(RecordSearcher s, String query) throws IOException {
    return s.search(new SearchRequest(query, 0, 10, false)).hits().stream().map(Hit::id)
        .toList();
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
