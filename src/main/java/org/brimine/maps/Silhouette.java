package org.brimine.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mean silhouette of a clustering of a map (Rousseeuw 1987), as CiteSpace reports one for
 * its clusters: how much closer each node is to its own cluster than to the nearest other.
 *
 * <p>The distance between two nodes is one less Salton's cosine of their counts,
 * {@code 1 - c_ij / sqrt(o_i o_j)}, with {@code c_ij} the count of their link (0 when unlinked) and
 * {@code o_i} the occurrences of node i: 0 for two items always found together, 1 for two never
 * found together, whatever how common they are. A node's silhouette
 * is {@code (b - a) / max(a, b)}, with {@code a} its mean distance to the other nodes of its
 * cluster and {@code b} the least mean distance to the nodes of another cluster; 0 for a node
 * alone in its cluster. The mean is over all nodes; 0 when there are fewer than two clusters.
 */
final class Silhouette {
  private Silhouette() {}

  /** The mean silhouette; {@code links} must hold counts, not normalised weights. */
  static double mean(Links links, int[] clusters) {
    int n = links.size();
    int k = 0;
    for (int c : clusters) {
      k = Math.max(k, c + 1);
    }
    if (n == 0 || k < 2) {
      return 0;
    }
    int[] sizes = new int[k];
    for (int c : clusters) {
      sizes[c]++;
    }
    List<List<Links.Link>> incident = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      incident.add(new ArrayList<>());
    }
    for (Links.Link link : links.links()) {
      incident.get(link.source()).add(link);
      incident.get(link.target()).add(link);
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      int own = clusters[i];
      if (sizes[own] < 2) {
        continue;
      }
      // summed distance to each cluster: 1 per node, less the similarity of the linked ones
      Map<Integer, Double> similarity = new HashMap<>();
      for (Links.Link link : incident.get(i)) {
        int other = link.source() == i ? link.target() : link.source();
        double cosine = link.weight()
            / Math.sqrt((double) links.weights()[i] * links.weights()[other]);
        similarity.merge(clusters[other], cosine, Double::sum);
      }
      double a = (sizes[own] - 1 - similarity.getOrDefault(own, 0.0)) / (sizes[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && sizes[c] > 0) {
          b = Math.min(b, (sizes[c] - similarity.getOrDefault(c, 0.0)) / sizes[c]);
        }
      }
      double denominator = Math.max(a, b);
      total += denominator == 0 ? 0 : (b - a) / denominator;
    }
    return total / n;
  }
}
