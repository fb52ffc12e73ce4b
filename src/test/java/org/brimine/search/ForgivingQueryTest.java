package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The forgiving reading of a query ({@link QuerySyntax#WORDS}) runs what the full syntax
 * refuses, as the words typed; the advanced form's query ({@link AdvancedQuery}) escapes what
 * is typed into it.
 */
class ForgivingQueryTest {
  private static final String SEED_ID =
      "nd-international-financial-cooperation-strategy-context-d6789895";
  private static final String REF1 = "2017-research-financial-cooperation-between-china-a34eac5e";
  private static final String REF2 =
      "2017-discussion-financial-cooperation-background-belt-e7f286a0";
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

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
      "\"financial cooperation         # financial cooperation",
      "(financial cooperation          # financial cooperation",
      "financial AND                   # financial",
      "OR cooperation NOT              # cooperation",
      "financial^ cooperation          # financial cooperation",
      "[financial TO                   # financial",
      "*cooperation                    # cooperation",
      "financial cooperation)}]!       # financial cooperation",
      "cooperation title:              # cooperation title",
      "financial && || cooperation ~   # financial cooperation"})
  void wordsModeRunsWhatTheSyntaxRefusesAsTheWordsTyped(String typed, String words)
      throws IOException {
    assertThrows(QuerySyntaxException.class, () -> searcher.check(typed));
    String escaped = QuerySyntax.WORDS.query(typed);
    searcher.check(escaped);
    List<String> hits = ids(escaped);
    assertFalse(hits.isEmpty(), escaped);
    assertEquals(ids(words), hits, typed + " as " + escaped);
  }

  @Test
  void wordsModeTakesFieldsAndOperatorsAsText() throws IOException {
    assertEquals("title\\:cooperation \\AND \\(x\\) ANDROID \\-\\NOT", QuerySyntax.WORDS.query(
        "title:cooperation AND (x) ANDROID -NOT"));
    // as a field, title: looks in titles, where no record has the word; as words, it finds
    // the seed paper, whose text has it
    assertTrue(ids("title:renminbi").isEmpty());
    assertEquals(List.of(SEED_ID), ids(QuerySyntax.WORDS.query("title: renminbi")));
    assertEquals("title:cooperation", QuerySyntax.FULL.query("title:cooperation"));
  }

  @Test
  void syntaxModesAreNamedAndAnUnknownOneIsQuoted() {
    assertEquals(QuerySyntax.FULL, QuerySyntax.named(null));
    assertEquals(QuerySyntax.FULL, QuerySyntax.named(" "));
    assertEquals(QuerySyntax.WORDS, QuerySyntax.named("Words"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QuerySyntax.named("lucene"));
    assertEquals("syntax must be one of full, words, got 'lucene'", e.getMessage());
  }

  @Test
  void theAdvancedFormBuildsOneFieldedQueryWithWhatIsTypedEscaped() {
    assertEquals("+belt +road +\"financial cooperation\" +(AIIB \\\"bank\\\") "
        + "+title:(+silk +c\\+\\+) +author:\"Wang \\\"Nan\\\"\" +venue:\"Finance Letters\" "
        + "+year:[2015 TO 2018] +lang:zh +theme:financial-integration -risk -\\NOT",
        new AdvancedQuery(" belt  road ", "financial   cooperation", "AIIB \"bank\"",
            "risk NOT", "silk c++", "Wang \"Nan\"", "Finance Letters", 2015, 2018, "zh",
            "financial-integration").syntax());
    assertEquals("+year:[2016 TO *]", new AdvancedQuery(null, "", " ", null, null, null, null,
        2016, null, null, null).syntax());
    assertEquals("*:* -risk", new AdvancedQuery(null, null, null, "risk", null, null, null,
        null, null, null, null).syntax());
    assertEquals("", new AdvancedQuery(null, null, null, null, null, null, null, null, null,
        null, null).syntax());
  }

  @Test
  void theAdvancedQueryFindsWhatItsFieldsSay() throws IOException {
    String query = new AdvancedQuery("cooperation", null, null, "discussion", "financial",
        null, null, 2017, 2017, null, null).syntax();
    assertEquals(List.of(REF1), ids(query));
    String either = new AdvancedQuery(null, null, "research discussion", null, null, null, null,
        2017, null, null, null).syntax();
    assertEquals(List.of(REF1, REF2).stream().sorted().toList(),
        ids(either).stream().sorted().toList());
  }

  @Test
  void theAdvancedFormRefusesAReversedYearRangeAndABadLanguageOrTheme() {
    assertEquals("the year range must not end before it starts, got 2018 to 2015",
        assertThrows(IllegalArgumentException.class, () -> new AdvancedQuery(null, null, null,
            null, null, null, null, 2018, 2015, null, null)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdvancedQuery(null,
        null, null, null, null, null, null, null, null, "zh OR x", null)).getMessage()
        .contains("'zh OR x'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new AdvancedQuery(null,
        null, null, null, null, null, null, null, null, null, "a b")).getMessage()
        .contains("'a b'"));
  }
}
