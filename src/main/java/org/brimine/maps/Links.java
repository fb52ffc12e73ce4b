package org.brimine.maps;

import java.util.List;

/**
 * The nodes of a map by position, and the weighted links between them, each once.
 *
 * @param items the node ids
 * @param weights each node's occurrences
 * @param years each node's year, or null
 * @param links the links, source before target
 */
record Links(List<String> items, int[] weights, Integer[] years, List<Link> links) {
  Links {
    items = List.copyOf(items);
    links = List.copyOf(links);
  }

  /**
   * A link between two nodes, by position; {@code source < target}.
   *
   * @param weight a count, or a normalised strength
   */
  record Link(int source, int target, double weight) {}

  /** How many nodes. */
  int size() {
    return items.size();
  }

  /**
   * The same links with association strength as weights: {@code 2m c_ij / (s_i s_j)}, where
   * {@code s_i} is the total strength of node i's links and {@code m} that of all links. This is
   * van Eck and Waltman's (2009) {@code c_ij / (s_i s_j)} times the constant {@code 2m}, as
   * VOSviewer scales it: 1 means the two occur together as often as chance would have them.
   */
  Links associationStrength() {
    double[] strength = new double[size()];
    double total = 0;
    for (Link link : links) {
      strength[link.source()] += link.weight();
      strength[link.target()] += link.weight();
      total += link.weight();
    }
    double m = total;
    List<Link> normalised = links.stream()
        .map(l -> new Link(l.source(), l.target(),
            2 * m * l.weight() / (strength[l.source()] * strength[l.target()])))
        .toList();
    return new Links(items, weights, years, normalised);
  }
}
