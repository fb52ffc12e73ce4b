package org.brimine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Relatedness drawn from a hand-made set of query judgements, and a run scored on it by hand. */
class RelatedJudgementsTest {
  private static final double EPS = 1e-9;

  /**
   * q1: a (grade 2), b (1), c judged not relevant; q2: a (1), d (2); q3: e alone relevant.
   */
  private static Qrels queries() {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    byQuery.put("q1", Map.of("a", 2, "b", 1, "c", 0));
    byQuery.put("q2", Map.of("a", 1, "d", 2));
    byQuery.put("q3", Map.of("e", 1, "f", 0));
    return new Qrels(byQuery);
  }

  @Test
  void relatesTheOtherDocumentsRelevantToTheSameQueryByTheirGrade() {
    Qrels related = RelatedJudgements.of(queries());
    // a is related to b (its q1 grade) and d (its q2 grade); b and d to a, graded by a's
    // grade in their query; c (not relevant) and e (no other relevant document) are no seeds
    assertEquals(Map.of("b", 1, "d", 2), related.grades("a"));
    assertEquals(Map.of("a", 2), related.grades("b"));
    assertEquals(Map.of("a", 1), related.grades("d"));
    assertEquals(java.util.Set.of("a", "b", "d"), related.byQuery().keySet());
  }

  @Test
  void twoDocumentsRelevantToSeveralQueriesTakeTheHighestGrade() {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    byQuery.put("q1", Map.of("a", 1, "b", 1));
    byQuery.put("q2", Map.of("a", 1, "b", 3));
    assertEquals(Map.of("b", 3), RelatedJudgements.of(new Qrels(byQuery)).grades("a"));
  }

  @Test
  void measuresARelatedRankingPerSeedAndAveragesOverTheSeeds() {
    Qrels related = RelatedJudgements.of(queries());
    Map<String, List<ScoredDoc>> run = new LinkedHashMap<>();
    // seed a ranks d, x, b: AP (1/1 + 2/3) / 2; seed b ranks x, a: AP 1/2; seed d finds nothing
    run.put("a", List.of(new ScoredDoc("d", 3), new ScoredDoc("x", 2), new ScoredDoc("b", 1)));
    run.put("b", List.of(new ScoredDoc("x", 2), new ScoredDoc("a", 1)));
    Evaluation e = Evaluation.of(run, related);
    assertEquals(3, e.queries());
    assertEquals(((1.0 + 2.0 / 3) / 2 + 0.5 + 0) / 3, e.mean().map(), EPS);
    // nDCG@10 of a: (2/log2 2 + 1/log2 4) / (2/log2 2 + 1/log2 3); of b: (2/log2 3) / 2
    double log3 = Math.log(3) / Math.log(2);
    double ndcgA = (2 + 1 / 2.0) / (2 + 1 / log3);
    double ndcgB = (2 / log3) / 2;
    assertEquals((ndcgA + ndcgB + 0) / 3, e.mean().ndcg10(), EPS);
  }
}
