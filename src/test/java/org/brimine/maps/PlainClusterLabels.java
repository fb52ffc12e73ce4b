package org.brimine.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plain code of {@link ClusterLabels} as at a655ac3, before it counted by number: kept as
 * the reference that {@link PlainCodeComparisonTest} compares with.
 *
 * <p>Labels clusters by the keyphrases most distinctive of their papers, by Dunning's
 * log-likelihood ratio as CiteSpace does: for each keyphrase, the 2x2 table of papers of the
 * cluster or not, with the keyphrase or not, gives {@code G^2 = 2 sum O ln(O / E)}. Only
 * keyphrases more frequent in the cluster than outside it count; ties go by keyphrase.
 */
final class PlainClusterLabels {
  /** How many keyphrases a label has. */
  static final int TERMS = 3;

  private PlainClusterLabels() {}

  /**
   * The labels of clusters {@code 0..k-1}.
   *
   * @param papers each paper's keyphrases (lower-cased, each once)
   * @param clustersOf each paper's clusters, by position in {@code papers}
   */
  static List<String> of(List<Set<String>> papers, List<Set<Integer>> clustersOf, int k) {
    int total = papers.size();
    Map<String, Integer> everywhere = new HashMap<>();
    papers.forEach(terms -> terms.forEach(t -> everywhere.merge(t, 1, Integer::sum)));
    List<Map<String, Integer>> inCluster = new ArrayList<>();
    int[] sizes = new int[k];
    for (int c = 0; c < k; c++) {
      inCluster.add(new HashMap<>());
    }
    for (int p = 0; p < total; p++) {
      for (int c : clustersOf.get(p)) {
        sizes[c]++;
        Map<String, Integer> counts = inCluster.get(c);
        papers.get(p).forEach(t -> counts.merge(t, 1, Integer::sum));
      }
    }
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      int size = sizes[c];
      List<Map.Entry<String, Double>> scored = new ArrayList<>();
      inCluster.get(c).forEach((term, a) -> {
        int all = everywhere.get(term);
        if ((double) a / size > (double) (all - a) / Math.max(1, total - size)) {
          scored.add(Map.entry(term, logLikelihood(a, size - a, all - a, total - size - all + a)));
        }
      });
      scored.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue())
          .thenComparing(Map.Entry::getKey));
      labels.add(String.join("; ", scored.stream().limit(TERMS).map(Map.Entry::getKey).toList()));
    }
    return labels;
  }

  /** Dunning's G^2 of the 2x2 table {@code [[a, b], [c, d]]}. */
  static double logLikelihood(long a, long b, long c, long d) {
    double n = a + b + c + d;
    return 2 * (term(a, (a + b) * (a + c) / n) + term(b, (a + b) * (b + d) / n)
        + term(c, (c + d) * (a + c) / n) + term(d, (c + d) * (b + d) / n));
  }

  private static double term(long observed, double expected) {
    return observed == 0 ? 0 : observed * Math.log(observed / expected);
  }
}
