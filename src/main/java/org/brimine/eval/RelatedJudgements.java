package org.brimine.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Judgements of relatedness between documents, drawn from the judgements of queries: two
 * documents relevant to the same query are related. Each document relevant to some query is a
 * seed; its related documents are the others relevant to any query it is relevant to, each
 * graded by its own grade for that query (the highest when several queries relate the two). A
 * seed that no other document is related to is left out (it has nothing to find). The seed's
 * ranking of related documents is then measured as a query's is ({@link Evaluation}).
 *
 * <p>NOTE: the documents judged not relevant to a query are not taken as unrelated to its
 * relevant ones; as in trec_eval, unjudged counts as not related.
 */
public final class RelatedJudgements {
  private RelatedJudgements() {}

  /** The relatedness judgements of these query judgements, keyed by the seed document's id. */
  public static Qrels of(Qrels queries) {
    Map<String, Map<String, Integer>> bySeed = new LinkedHashMap<>();
    for (Map<String, Integer> grades : queries.byQuery().values()) {
      for (Map.Entry<String, Integer> seed : grades.entrySet()) {
        if (seed.getValue() <= 0) {
          continue;
        }
        for (Map.Entry<String, Integer> other : grades.entrySet()) {
          if (other.getValue() > 0 && !other.getKey().equals(seed.getKey())) {
            bySeed.computeIfAbsent(seed.getKey(), s -> new LinkedHashMap<>())
                .merge(other.getKey(), other.getValue(), Math::max);
          }
        }
      }
    }
    return new Qrels(bySeed);
  }
}
