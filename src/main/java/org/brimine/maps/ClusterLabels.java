package org.brimine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.brimine.search.TraitTable;

/**
 * Labels clusters by the keyphrases most distinctive of their papers, by Dunning's
 * log-likelihood ratio as CiteSpace does: for each keyphrase, the 2x2 table of papers of the
 * cluster or not, with the keyphrase or not, gives {@code G^2 = 2 sum O ln(O / E)}. Only
 * keyphrases more frequent in the cluster than outside it count; ties go by keyphrase.
 *
 * <p>Keyphrases are counted by number, in arrays: once over all papers, then cluster by
 * cluster over the cluster's papers, and the ratio is computed from those counts once for each
 * keyphrase of the cluster.
 */
final class ClusterLabels {
  /** How many keyphrases a label has. */
  static final int TERMS = 3;

  private ClusterLabels() {}

  /**
   * The labels of clusters {@code 0..k-1}.
   *
   * @param keyphrases each paper's keyphrases (lower-cased, each once)
   * @param clustersOf each paper's clusters (each once), as a column over the same papers whose
   *     values are ignored: its ordinals are the cluster numbers
   */
  static List<String> of(TraitTable.Column<String> keyphrases, TraitTable.Column<?> clustersOf,
      int k) {
    int total = keyphrases.papers();
    int[] offsets = keyphrases.offsets();
    int[] terms = keyphrases.ordinals();
    int[] everywhere = new int[keyphrases.values().size()];
    for (int term : terms) {
      everywhere[term]++;
    }
    // the papers of each cluster, by a counting sort of the (paper, cluster) pairs
    int[] start = new int[k + 1];
    for (int c : clustersOf.ordinals()) {
      start[c + 1]++;
    }
    for (int c = 0; c < k; c++) {
      start[c + 1] += start[c];
    }
    int[] papersOf = new int[start[k]];
    int[] next = Arrays.copyOf(start, k);
    for (int p = 0; p < total; p++) {
      for (int i = clustersOf.offsets()[p]; i < clustersOf.offsets()[p + 1]; i++) {
        papersOf[next[clustersOf.ordinals()[i]]++] = p;
      }
    }
    int[] inCluster = new int[everywhere.length];
    int[] touched = new int[everywhere.length];
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      int size = start[c + 1] - start[c];
      int seen = 0;
      for (int i = start[c]; i < start[c + 1]; i++) {
        int p = papersOf[i];
        for (int j = offsets[p]; j < offsets[p + 1]; j++) {
          if (inCluster[terms[j]]++ == 0) {
            touched[seen++] = terms[j];
          }
        }
      }
      List<Scored> scored = new ArrayList<>();
      for (int t = 0; t < seen; t++) {
        int term = touched[t];
        int a = inCluster[term];
        int all = everywhere[term];
        inCluster[term] = 0;
        if ((double) a / size > (double) (all - a) / Math.max(1, total - size)) {
          scored.add(new Scored(keyphrases.values().get(term),
              logLikelihood(a, size - a, all - a, total - size - all + a)));
        }
      }
      scored.sort(Comparator.comparingDouble((Scored s) -> -s.score()).thenComparing(Scored::term));
      labels.add(String.join("; ", scored.stream().limit(TERMS).map(Scored::term).toList()));
    }
    return labels;
  }

  private record Scored(String term, double score) {}

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
