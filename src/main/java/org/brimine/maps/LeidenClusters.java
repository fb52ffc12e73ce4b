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
    LargeIntArray[] edges = {new LargeIntArray(links.links().size()),
        new LargeIntArray(links.links().size())};
    LargeDoubleArray weights = new LargeDoubleArray(links.links().size());
    for (int i = 0; i < links.links().size(); i++) {
      Links.Link link = links.links().get(i);
      edges[0].set(i, link.source());
      edges[1].set(i, link.target());
      weights.set(i, link.weight());
    }
    Network network = new Network(n, true, edges, weights, false, true);
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
