package org.brimine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measures on tiny runs whose figures were worked out by hand (arithmetic shown). */
class TrecMeasuresTest {
  private static final double EPS = 1e-9;

  /** Judged for q1: four relevant (grades 3, 1, 2, 1) and one judged not relevant. */
  private static final Map<String, Integer> Q1 =
      Map.of("d1", 3, "d2", 1, "d3", 2, "d4", 0, "d9", 1);

  /** q1 retrieves d1, d4, d3, d5, d2: relevant at ranks 1, 3 and 5; d9 never retrieved. */
  private static final List<ScoredDoc> RUN1 = List.of(new ScoredDoc("d2", 1),
      new ScoredDoc("d5", 2), new ScoredDoc("d3", 3), new ScoredDoc("d4", 4),
      new ScoredDoc("d1", 5));

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  @Test
  void averagePrecisionDividesByAllRelevantJudged() {
    // precision at ranks 1, 3, 5 = 1/1, 2/3, 3/5; four relevant judged
    assertEquals((1.0 + 2.0 / 3 + 3.0 / 5) / 4, TrecMeasures.of(RUN1, Q1).map(), EPS);
    assertEquals(0.5666666666666667, TrecMeasures.of(RUN1, Q1).map(), 1e-12);
  }

  @Test
  void precisionAtTenDividesByTenAndRecallAtHundredByAllRelevant() {
    Measures m = TrecMeasures.of(RUN1, Q1);
    assertEquals(3 / 10.0, m.p10(), EPS);
    assertEquals(3 / 4.0, m.recall100(), EPS);
  }

  @Test
  void ndcgUsesGradesAsGainsAndTheIdealOrderOfAllJudged() {
    // DCG: grade 3 at rank 1, grade 2 at rank 3, grade 1 at rank 5
    double dcg = 3 / log2(2) + 2 / log2(4) + 1 / log2(6);
    // ideal: 3, 2, 1, 1 at ranks 1..4
    double ideal = 3 / log2(2) + 2 / log2(3) + 1 / log2(4) + 1 / log2(5);
    assertEquals(dcg / ideal, TrecMeasures.of(RUN1, Q1).ndcg10(), EPS);
    assertEquals(0.8448388, TrecMeasures.of(RUN1, Q1).ndcg10(), 1e-6);
  }

  @Test
  void breaksScoreTiesByDocumentIdDescendingAsStrcmpDoes() {
    // "9" > "10" as strings: trec_eval ranks 9 first, so the relevant 10 is at rank 2
    List<ScoredDoc> tied = List.of(new ScoredDoc("10", 1.5), new ScoredDoc("9", 1.5));
    assertEquals(List.of("9", "10"), TrecMeasures.trecOrder(tied));
    Measures m = TrecMeasures.of(tied, Map.of("10", 2));
    assertEquals(1.0 / 2, m.map(), EPS);
    assertEquals((2 / log2(3)) / (2 / log2(2)), m.ndcg10(), EPS);
  }

  @Test
  void onlyTheTopTenCountForNdcgAndPrecision() {
    List<ScoredDoc> run = new java.util.ArrayList<>();
    for (int i = 1; i <= 11; i++) {
      run.add(new ScoredDoc("x" + (char) ('a' + i), 100 - i));
    }
    // the only relevant document is at rank 11
    Measures m = TrecMeasures.of(run, Map.of("x" + (char) ('a' + 11), 4));
    assertEquals(1.0 / 11, m.map(), EPS);
    assertEquals(0, m.ndcg10(), EPS);
    assertEquals(0, m.p10(), EPS);
    assertEquals(1, m.recall100(), EPS);
  }

  @Test
  void meansAreOverQueriesWithRelevantJudgementsAndAMissingQueryScoresZero() {
    Qrels qrels = new Qrels(Map.of(
        "q1", Q1,
        "q2", Map.of("10", 2),
        "q3", Map.of("d1", 0),
        "q4", Map.of("d7", 1)));
    Map<String, List<ScoredDoc>> run = Map.of(
        "q1", RUN1,
        "q2", List.of(new ScoredDoc("10", 1.5), new ScoredDoc("9", 1.5)),
        "q3", List.of(new ScoredDoc("d1", 1)));
    Evaluation e = Evaluation.of(run, qrels);
    assertEquals(3, e.queries(), "q3 has no relevant judgement; q4 has but was not run");
    assertEquals(((1.0 + 2.0 / 3 + 3.0 / 5) / 4 + 0.5 + 0) / 3, e.mean().map(), EPS);
    assertEquals((0.3 + 0.1 + 0) / 3, e.mean().p10(), EPS);
    assertEquals((0.75 + 1 + 0) / 3, e.mean().recall100(), EPS);
  }

  @Test
  void readsQrelsAndQueriesAndQuotesABadLine(@TempDir Path dir) throws IOException {
    Path qrels = Files.writeString(dir.resolve("q.trec"), "1 0 184 3\n1 0 29 0\n2 0 12 1\n");
    Qrels read = Qrels.read(qrels);
    assertEquals(Map.of("184", 3, "29", 0), read.grades("1"));
    assertEquals(1, read.relevantCount("1"));
    Path queries = Files.writeString(dir.resolve("q.tsv"), "1\t1\twhat similarity laws .\n");
    assertEquals(List.of(new Topic("1", "what similarity laws .")), Topic.read(queries));

    Files.writeString(qrels, "1 0 184 high\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Qrels.read(qrels));
    assertEquals(true, e.getMessage().contains("'high'"), e.getMessage());
  }
}
