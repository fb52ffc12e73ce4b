package org.brimine.eval;

import java.util.List;

/**
 * The figures of one query, or their means over queries.
 *
 * @param map average precision (mean average precision for a mean)
 * @param ndcg10 nDCG at 10 with graded gains
 * @param p10 precision at 10
 * @param recall100 recall at 100
 */
public record Measures(double map, double ndcg10, double p10, double recall100) {
  /** The figures of a query for which nothing relevant was found. */
  public static final Measures ZERO = new Measures(0, 0, 0, 0);

  /** The arithmetic mean of each figure; {@link #ZERO} for no queries. */
  public static Measures mean(List<Measures> perQuery) {
    if (perQuery.isEmpty()) {
      return ZERO;
    }
    double map = 0;
    double ndcg = 0;
    double p10 = 0;
    double r100 = 0;
    for (Measures m : perQuery) {
      map += m.map;
      ndcg += m.ndcg10;
      p10 += m.p10;
      r100 += m.recall100;
    }
    int n = perQuery.size();
    return new Measures(map / n, ndcg / n, p10 / n, r100 / n);
  }
}
