package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.brimine.index.Analyzers;
import org.brimine.index.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Marks a query's words in text as the index analysed it: stems, Chinese words, wildcards. */
class TermMarksTest {
  private static Analyzer analyzer;

  @BeforeAll
  static void open() {
    analyzer = Analyzers.perField();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  /** The marked runs of {@code text}, as text. */
  private static List<String> marked(Query query, String text) {
    return TermMarks.of(query, analyzer).in(text).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
  }

  /** The query of a word as the parser makes it: the term the analyser makes of it. */
  private static Query body(String word) {
    List<String> terms = terms(word);
    assertEquals(1, terms.size(), word);
    return new TermQuery(new Term(Schema.BODY, terms.get(0)));
  }

  private static List<String> terms(String text) {
    List<String> words = new java.util.ArrayList<>();
    try (var tokens = analyzer.tokenStream(Schema.BODY, text)) {
      var term = tokens.addAttribute(
          org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return words;
  }

  @Test
  void marksEveryFormThatAnalysesToAQueryTerm() {
    assertEquals(List.of("Railways", "railway"),
        marked(body("railway"), "Railways opened; the railway runs."));
  }

  @Test
  void marksNoWordOfAnExcludedClauseNorOfAFieldThatIsNoText() {
    Query q = new BooleanQuery.Builder()
        .add(body("bond"), BooleanClause.Occur.SHOULD)
        .add(body("port"), BooleanClause.Occur.MUST_NOT)
        .add(new TermQuery(new Term(Schema.VENUE, "ports")), BooleanClause.Occur.FILTER).build();
    assertEquals(List.of("bonds"), marked(q, "Ports and bonds"));
  }

  @Test
  void marksTheWordsOfAPhraseAndTheMatchesOfAWildcard() {
    assertEquals(List.of("Silk", "Road"), marked(new PhraseQuery(Schema.TITLE,
        terms("silk road").toArray(String[]::new)),
        "Silk Road"));
    assertEquals(List.of("finance", "financial"),
        marked(new WildcardQuery(new Term(Schema.BODY, "financ*")), "finance and financial"));
  }

  @Test
  void marksTouchingChineseWordsAsOneRun() {
    String text = "推进资金融通与贸易畅通";
    List<String> words = terms("资金融通");
    assertTrue(words.size() >= 2, "the analyser makes words of it: " + words);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    words.forEach(w -> q.add(new TermQuery(new Term(Schema.BODY, w)),
        BooleanClause.Occur.SHOULD));
    assertEquals(List.of("资金融通"), marked(q.build(), text));
  }

  @Test
  void marksNothingWithoutAQuery() {
    assertTrue(TermMarks.NONE.in("railway").isEmpty());
  }
}
