package org.brimine.maps;

import java.util.List;
import java.util.Objects;

/**
 * A science map: the shape of {@code bri map --format json}.
 *
 * @param kind what the nodes are ({@link MapKind#label()})
 * @param nodes the nodes, heaviest first
 * @param edges the links, each once, by source then target position in {@code nodes}
 * @param clusters the clusters, largest first; cluster ids count from 1
 * @param modularity the modularity of the clustering on the map's links
 * @param silhouette the mean silhouette of the nodes, on the counts (see {@link Silhouette})
 */
public record ScienceMap(String kind, List<Node> nodes, List<Edge> edges, List<Cluster> clusters,
    double modularity, double silhouette) {
  public ScienceMap {
    Objects.requireNonNull(kind, "kind");
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    clusters = List.copyOf(clusters);
  }

  /**
   * A node.
   *
   * @param id a record id (references, papers) or the item itself (authors, keyphrases ...)
   * @param label what to show
   * @param weight in how many papers (for coupling: references of the paper) it occurs
   * @param cluster its cluster id
   * @param year the first year a paper in scope used it (for coupling: the paper's year), or null
   */
  public record Node(String id, String label, int weight, int cluster, Integer year) {}

  /**
   * A link.
   *
   * @param source the id of one node
   * @param target the id of the other
   * @param weight how many papers link them (count), or their association strength
   */
  public record Edge(String source, String target, double weight) {}

  /**
   * A cluster.
   *
   * @param id its id, from 1, largest cluster first
   * @param label its most distinctive keyphrases, joined by "; " (empty when none stand out)
   * @param size how many nodes it has
   */
  public record Cluster(int id, String label, int size) {}
}
