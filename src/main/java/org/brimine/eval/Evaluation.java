package org.brimine.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The mean figures of a run over the queries that have judgements.
 *
 * <p>A query counts when the qrels judge at least one document relevant for it. A query that
 * counts but is missing from the run scores zero, as with {@code trec_eval -c}; dropping it would
 * flatter the run.
 *
 * @param queries how many queries the means are over
 * @param mean the mean of each figure
 */
public record Evaluation(int queries, Measures mean) {

  /**
   * Scores a run.
   *
   * @param run per query id, the documents retrieved (any order: trec_eval's order is applied)
   * @param qrels the judgements
   */
  public static Evaluation of(Map<String, List<ScoredDoc>> run, Qrels qrels) {
    List<Measures> perQuery = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> judged : qrels.byQuery().entrySet()) {
      if (qrels.relevantCount(judged.getKey()) > 0) {
        perQuery.add(TrecMeasures.of(run.getOrDefault(judged.getKey(), List.of()),
            judged.getValue()));
      }
    }
    return new Evaluation(perQuery.size(), Measures.mean(perQuery));
  }
}
