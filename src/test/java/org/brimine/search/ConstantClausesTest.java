package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.Analyzers;
import org.brimine.index.RecordWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Required clauses that score every match the same, turned into filters, on the seed index. */
class ConstantClausesTest {
  @TempDir
  static Path dir;
  private static RecordSearcher parser;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void open() throws IOException {
    SeedIndex.build(dir);
    parser = RecordSearcher.open(dir, Ranking.DEFAULT);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(Ranking.DEFAULT.k1(), Ranking.DEFAULT.b()));
  }

  /**
   * An index where feedback has words to add: 200 papers on trade, by Ann or Bo, each with one
   * of 25 topic words (8 papers each, under a tenth of the index).
   */
  private static DirectoryReader feedbackIndex() throws IOException {
    Path rm3 = dir.resolve("rm3");
    try (RecordWriter writer = RecordWriter.open(rm3)) {
      for (int i = 0; i < 200; i++) {
        writer.write(new CollectionDoc("p" + i, "trade note " + i, i % 2 == 0 ? "Ann" : "Bo",
            "trade corridor topic" + (i % 25) + " and port" + (i % 25) + " in the region")
            .asPaper());
      }
      writer.commit();
    }
    return DirectoryReader.open(FSDirectory.open(rm3));
  }

  @Test
  void feedbackWeighsItsRecordsByTheScoresOfTheQueryAsParsed() throws IOException {
    try (DirectoryReader rm3Reader = feedbackIndex(); Analyzer analyzer = Analyzers.perField()) {
      IndexSearcher s = new IndexSearcher(rm3Reader);
      s.setSimilarity(new BM25Similarity(Ranking.DEFAULT.k1(), Ranking.DEFAULT.b()));
      Ranking rm3 = Ranking.DEFAULT.withFeedback(Feedback.RM3);
      // every clause scores a constant: as filters alone, every record would score 0 and
      // feedback would have no weights to learn from
      Query parsed = parser.parse("kind:paper AND author:Ann");
      Ranker.Ranked ranked = new Ranker(rm3, analyzer).rank(s, parsed, List.of());
      assertTrue(ranked.query().toString().contains("topic"), ranked.query().toString());
    }
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    parser.close();
  }

  private static List<Occur> occurs(Query query) {
    return ((BooleanQuery) query).clauses().stream().map(BooleanClause::getOccur).toList();
  }

  @Test
  void requiredYearRangesAndExactFieldsBecomeFilters() {
    Query parsed = parser.parse("cooperation AND year:[2015 TO 2017] AND kind:reference");
    assertEquals(List.of(Occur.MUST, Occur.MUST, Occur.MUST), occurs(parsed));
    assertEquals(List.of(Occur.MUST, Occur.FILTER, Occur.FILTER),
        occurs(ConstantClauses.asFilters(parsed, reader)));
  }

  @Test
  void optionalProhibitedAndTextClausesStay() {
    for (String q : List.of("cooperation year:2016 -kind:paper", "+title:cooperation +financial",
        "financial OR (cooperation AND year:2016)", "year:[2015 TO 2017]")) {
      Query parsed = parser.parse(q);
      assertSame(parsed, ConstantClauses.asFilters(parsed, reader), q);
    }
  }

  @Test
  void requiredClausesWithinRequiredClausesBecomeFilters() {
    Query rewritten = ConstantClauses.asFilters(
        parser.parse("+(cooperation AND year:2016) +financial"), reader);
    assertEquals(List.of(Occur.MUST, Occur.MUST), occurs(rewritten));
    assertEquals(List.of(Occur.MUST, Occur.FILTER),
        occurs(((BooleanQuery) rewritten).clauses().get(0).getQuery()));
  }

  @Test
  void theRankingAndTheMatchesStayTheSameScoresLowerByTheConstant() throws IOException {
    for (String q : List.of("cooperation AND year:[2015 TO 2017]", "financial AND kind:reference",
        "kind:reference AND year:2017", "+(cooperation AND year:[2015 TO 2017]) +financial")) {
      Query parsed = parser.parse(q);
      Query rewritten = ConstantClauses.asFilters(parsed, reader);
      ScoreDoc[] before = searcher.search(parsed, 10).scoreDocs;
      ScoreDoc[] after = searcher.search(rewritten, 10).scoreDocs;
      assertTrue(before.length >= 2, q + " should match records to compare");
      assertEquals(before.length, after.length, q);
      assertEquals(searcher.count(parsed), searcher.count(rewritten), q);
      float shift = before[0].score - after[0].score;
      assertTrue(shift > 0, q + ": the constant is no longer added");
      for (int i = 0; i < before.length; i++) {
        assertEquals(before[i].doc, after[i].doc, q + " rank " + i);
        assertEquals(shift, before[i].score - after[i].score, 1e-4, q + " rank " + i);
      }
    }
  }
}
