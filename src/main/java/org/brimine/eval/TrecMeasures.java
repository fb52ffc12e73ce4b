package org.brimine.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Computes AP, nDCG@10, P@10 and R@100 of a ranked list as trec_eval 9 defines them.
 *
 * <ul>
 *   <li>The list is first put in trec_eval's order: score descending, ties broken by document
 *       id descending (trec_eval compares docnos with strcmp, reversed). The order the system
 *       returned is not used, so a tie is broken the same way whoever scores.
 *   <li>Relevant means a grade above 0. AP sums the precision at the rank of each relevant
 *       document retrieved and divides by all relevant documents judged ({@code map}).
 *   <li>P@10 divides by 10 even when fewer were retrieved ({@code P_10}); R@100 divides the
 *       relevant found in the top 100 by all relevant judged ({@code recall_100}).
 *   <li>nDCG@10 ({@code ndcg_cut_10}): the gain of a document is its grade, discounted by
 *       log2(rank + 1); the ideal list orders every judged grade from the highest.
 * </ul>
 */
public final class TrecMeasures {
  /** trec_eval's order: higher score first, then the larger document id (strcmp) first. */
  public static final Comparator<ScoredDoc> TREC_ORDER =
      Comparator.comparingDouble(ScoredDoc::score).reversed()
          .thenComparing(ScoredDoc::id, Comparator.reverseOrder());

  private TrecMeasures() {}

  /** The document ids of a run in trec_eval's order. */
  public static List<String> trecOrder(List<ScoredDoc> run) {
    List<ScoredDoc> sorted = new ArrayList<>(run);
    sorted.sort(TREC_ORDER);
    return sorted.stream().map(ScoredDoc::id).toList();
  }

  /**
   * The figures of one query.
   *
   * @param run the documents retrieved, in any order (they are sorted as trec_eval sorts)
   * @param grades the judged grade of each document id; unjudged documents are not relevant
   */
  public static Measures of(List<ScoredDoc> run, Map<String, Integer> grades) {
    return ofRanked(trecOrder(run), grades);
  }

  /** The figures of one query whose documents are already ranked, best first. */
  public static Measures ofRanked(List<String> ranked, Map<String, Integer> grades) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return Measures.ZERO;
    }
    int found = 0;
    int foundIn10 = 0;
    int foundIn100 = 0;
    double precisionSum = 0;
    double dcg = 0;
    for (int i = 0; i < ranked.size(); i++) {
      int rank = i + 1;
      int grade = grades.getOrDefault(ranked.get(i), 0);
      if (rank <= 10 && grade > 0) {
        dcg += grade / log2(rank + 1);
      }
      if (grade > 0) {
        found++;
        precisionSum += (double) found / rank;
        if (rank <= 10) {
          foundIn10++;
        }
        if (rank <= 100) {
          foundIn100++;
        }
      }
    }
    double idealDcg = 0;
    List<Integer> ideal = grades.values().stream().filter(g -> g > 0)
        .sorted(Comparator.reverseOrder()).limit(10).toList();
    for (int i = 0; i < ideal.size(); i++) {
      idealDcg += ideal.get(i) / log2(i + 2);
    }
    return new Measures(precisionSum / relevant, dcg / idealDcg, foundIn10 / 10.0,
        (double) foundIn100 / relevant);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
