package org.brimine.maps;

import java.util.Random;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Clusters a map's nodes with the Leiden algorithm of CWTS's {@code networkanalysis} library (the
 * one behind VOSviewer), maximising modularity at resolution 1 as its own command line does: node
 * weights are the nodes' total link strengths, and the resolution is divided by twice the total
 * link strength. Seeded, so the same map gets the same clusters.
 */
final class LeidenClusters {
  /**
   * Random starts; the best clustering of them is kept. One, with ten iterations, as the
   * library's own command line does by default: ten starts took most of a 1,000-node map's time.
   */
  static final int RANDOM_STARTS = 1;
  /** Leiden iterations per start. */
  static final int ITERATIONS = 10;

  private final long seed;

  LeidenClusters(long seed) {
    this.seed = seed;
  }

  /** Each node's cluster, from 0, the largest cluster first (ties as the library orders them). */
  int[] cluster(Links links) {
    int n = links.size();
    if (n == 0) {
      return new int[0];
    }
    Network network = network(links);
    double total = 2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks();
    Clustering best = new Clustering(n);
    if (total > 0) {
      Random random = new Random(seed);
      LeidenAlgorithm leiden = new LeidenAlgorithm(1 / total, ITERATIONS,
          LeidenAlgorithm.DEFAULT_RANDOMNESS, random);
      double bestQuality = Double.NEGATIVE_INFINITY;
      for (int start = 0; start < RANDOM_STARTS; start++) {
        Clustering clustering = new Clustering(n);
        leiden.improveClustering(network, clustering);
        double quality = leiden.calcQuality(network, clustering);
        if (quality > bestQuality) {
          bestQuality = quality;
          best = clustering;
        }
      }
    }
    best.orderClustersByNNodes();
    return best.getClusters();
  }

  /**
   * The links as the library's network, built from each node's neighbours in increasing order:
   * what the library makes of an unsorted edge list, without its sort (a tenth of the time of a
   * 1,000-node map on the 100k index).
   */
  static Network network(Links links) {
    int n = links.size();
    long[] first = new long[n + 1];
    for (Links.Link link : links.links()) {
      first[link.source() + 1]++;
      first[link.target() + 1]++;
    }
    for (int i = 0; i < n; i++) {
      first[i + 1] += first[i];
    }
    LargeIntArray neighbours = new LargeIntArray(first[n]);
    LargeDoubleArray weights = new LargeDoubleArray(first[n]);
    long[] next = java.util.Arrays.copyOf(first, n);
    // links come by source, then target: a node's links to lower nodes (as target) all come
    // before its links to higher ones (as source), each kind in increasing order
    for (Links.Link link : links.links()) {
      long at = next[link.source()]++;
      neighbours.set(at, link.target());
      weights.set(at, link.weight());
      at = next[link.target()]++;
      neighbours.set(at, link.source());
      weights.set(at, link.weight());
    }
    return new Network(n, true, first, neighbours, weights, true);
  }

  /**
   * Newman's modularity of a clustering: {@code sum over clusters of L_c / m - (D_c / 2m)^2},
   * with {@code L_c} the weight of the links inside cluster c, {@code D_c} the total link strength
   * of its nodes and {@code m} the weight of all links; 0 for a map without links.
   */
  static double modularity(Links links, int[] clusters) {
    int k = 0;
    for (int c : clusters) {
      k = Math.max(k, c + 1);
    }
    double[] inside = new double[k];
    double[] degree = new double[k];
    double m = 0;
    for (Links.Link link : links.links()) {
      m += link.weight();
      degree[clusters[link.source()]] += link.weight();
      degree[clusters[link.target()]] += link.weight();
      if (clusters[link.source()] == clusters[link.target()]) {
        inside[clusters[link.source()]] += link.weight();
      }
    }
    if (m == 0) {
      return 0;
    }
    double q = 0;
    for (int c = 0; c < k; c++) {
      q += inside[c] / m - Math.pow(degree[c] / (2 * m), 2);
    }
    return q;
  }
}
