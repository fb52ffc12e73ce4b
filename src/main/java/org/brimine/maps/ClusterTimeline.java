package org.brimine.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brimine.search.PaperTraits;

/**
 * How many papers of each cluster of a map appeared in each year: CiteSpace's timeline of
 * clusters, as counts. A paper belongs to the clusters of its nodes (for coupling, to its own
 * node's cluster), so a paper whose nodes lie in two clusters counts in both, once in each.
 *
 * @param years every year from the first to the last paper with a year in some cluster
 * @param clusters one row per cluster of the map, in the map's order
 */
public record ClusterTimeline(List<Integer> years, List<Row> clusters) {
  public ClusterTimeline {
    years = List.copyOf(years);
    clusters = List.copyOf(clusters);
  }

  /**
   * A cluster's papers per year.
   *
   * @param cluster the cluster's id in the map
   * @param papers its papers in each year of {@link #years()}, in that order
   */
  public record Row(int cluster, List<Integer> papers) {
    public Row {
      papers = List.copyOf(papers);
    }
  }

  /**
   * The timeline of a map's clusters over the papers it was built from; papers without a year
   * are left out.
   *
   * @param kind the kind the map was built as
   * @param papers the papers the map was built from
   */
  public static ClusterTimeline of(MapKind kind, List<PaperTraits> papers, ScienceMap map) {
    Objects.requireNonNull(kind, "kind");
    Map<String, Integer> clusterOf = new HashMap<>();
    map.nodes().forEach(n -> clusterOf.put(n.id(), n.cluster()));
    Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (PaperTraits paper : papers) {
      if (paper.year() == null) {
        continue;
      }
      Set<Integer> of = new HashSet<>();
      for (String item : kind == MapKind.COUPLING ? List.of(paper.id()) : kind.items(paper)) {
        Integer c = clusterOf.get(item);
        if (c != null) {
          of.add(c);
        }
      }
      for (int c : of) {
        counts.computeIfAbsent(c, x -> new HashMap<>()).merge(paper.year(), 1, Integer::sum);
      }
      if (!of.isEmpty()) {
        first = Math.min(first, paper.year());
        last = Math.max(last, paper.year());
      }
    }
    List<Integer> years = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      years.add(y);
    }
    List<Row> rows = new ArrayList<>();
    for (ScienceMap.Cluster cluster : map.clusters()) {
      Map<Integer, Integer> byYear = counts.getOrDefault(cluster.id(), Map.of());
      rows.add(new Row(cluster.id(), years.stream().map(y -> byYear.getOrDefault(y, 0)).toList()));
    }
    return new ClusterTimeline(years, rows);
  }
}
