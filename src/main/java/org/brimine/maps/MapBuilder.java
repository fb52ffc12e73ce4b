package org.brimine.maps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.brimine.search.PaperTraits;
import org.brimine.search.TraitTable;

/**
 * Builds a science map of papers: counts the links of the kind asked for, keeps the nodes that
 * occur most, clusters them with Leiden and labels the clusters by their papers' keyphrases.
 */
public final class MapBuilder {
  /** Finds the titles of records by id (references and papers have titles; others not). */
  @FunctionalInterface
  public interface Titles {
    /** The titles of those records with these ids that have one. */
    Map<String, String> of(Collection<String> ids) throws IOException;
  }

  /** Hears how long each phase of a build took (for benchmarks). */
  @FunctionalInterface
  public interface Phases {
    /** Hears nothing. */
    Phases NONE = (phase, nanos) -> { };

    /**
     * One phase is done.
     *
     * @param phase "count", "cluster", "label", "silhouette" or "titles"
     * @param nanos how long it took
     */
    void done(String phase, long nanos);
  }

  private final Titles titles;
  private final Phases phases;

  /** @param titles where the labels of reference and paper nodes come from */
  public MapBuilder(Titles titles) {
    this(titles, Phases.NONE);
  }

  /**
   * @param titles where the labels of reference and paper nodes come from
   * @param phases hears the time of each phase
   */
  public MapBuilder(Titles titles, Phases phases) {
    this.titles = titles;
    this.phases = phases;
  }

  /** The map of this kind over these papers. */
  public ScienceMap build(MapKind kind, List<PaperTraits> papers, MapSettings settings)
      throws IOException {
    return build(kind, TraitTable.of(papers), settings);
  }

  /**
   * The map of this kind over the papers of the table, which must hold the traits of {@link
   * MapKind#traits()}: the same map as from the papers' records.
   */
  public ScienceMap build(MapKind kind, TraitTable papers, MapSettings settings)
      throws IOException {
    long t0 = System.nanoTime();
    TraitTable.Column<String> items = kind.column(papers);
    CoOccurrence.Counted count = count(kind, papers, items, settings);
    Links counted = count.links();
    Links links = settings.associationStrength() ? counted.associationStrength() : counted;
    long t1 = System.nanoTime();
    phases.done("count", t1 - t0);
    int[] clusters = new LeidenClusters(settings.seed()).cluster(links);
    int k = 0;
    for (int c : clusters) {
      k = Math.max(k, c + 1);
    }
    double modularity = LeidenClusters.modularity(links, clusters);
    long t2 = System.nanoTime();
    phases.done("cluster", t2 - t1);
    List<String> labels = ClusterLabels.of(
        kind == MapKind.KEYWORDS ? items : MapKind.KEYWORDS.column(papers),
        clustersOf(kind, items, count, clusters, k), k);
    long t3 = System.nanoTime();
    phases.done("label", t3 - t2);
    double silhouette = Silhouette.mean(counted, clusters);
    long t4 = System.nanoTime();
    phases.done("silhouette", t4 - t3);
    Map<String, String> names = kind == MapKind.COCITATION || kind == MapKind.COUPLING
        ? titles.of(counted.items()) : Map.of();
    phases.done("titles", System.nanoTime() - t4);
    List<ScienceMap.Node> nodes = new ArrayList<>();
    int[] sizes = new int[k];
    for (int i = 0; i < links.size(); i++) {
      String id = links.items().get(i);
      nodes.add(new ScienceMap.Node(id, names.getOrDefault(id, id), links.weights()[i],
          clusters[i] + 1, links.years()[i]));
      sizes[clusters[i]]++;
    }
    List<ScienceMap.Edge> edges = links.links().stream()
        .map(l -> new ScienceMap.Edge(links.items().get(l.source()),
            links.items().get(l.target()), l.weight()))
        .toList();
    List<ScienceMap.Cluster> clusterList = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      clusterList.add(new ScienceMap.Cluster(c + 1, labels.get(c), sizes[c]));
    }
    return new ScienceMap(kind.label(), nodes, edges, clusterList, modularity, silhouette);
  }

  private static CoOccurrence.Counted count(MapKind kind, TraitTable papers,
      TraitTable.Column<String> items, MapSettings settings) {
    if (kind == MapKind.COUPLING) {
      // a paper is linked to another by each reference both cite: the citing papers of each
      // reference are a basket; the papers are the items, known by their ids and years
      TraitTable.Column<String> ids = papers.strings(TraitTable.Trait.ID);
      List<String> names = new ArrayList<>(papers.size());
      for (int p = 0; p < papers.size(); p++) {
        names.add(ids.values().get(ids.ordinals()[ids.offsets()[p]]));
      }
      TraitTable.Column<String> citing = transpose(items, names);
      int[] none = new int[citing.papers()];
      Arrays.fill(none, TraitTable.NO_YEAR);
      return CoOccurrence.count(citing, none, papers.years(), settings.top(),
          settings.minWeight());
    }
    int[] unknown = new int[items.values().size()];
    Arrays.fill(unknown, TraitTable.NO_YEAR);
    return CoOccurrence.count(items, papers.years(), unknown, settings.top(),
        settings.minWeight());
  }

  /** For each value of the column, the papers that have it, by position; named by {@code names}. */
  private static TraitTable.Column<String> transpose(TraitTable.Column<String> column,
      List<String> names) {
    int values = column.values().size();
    int[] start = new int[values + 1];
    for (int v : column.ordinals()) {
      start[v + 1]++;
    }
    for (int v = 0; v < values; v++) {
      start[v + 1] += start[v];
    }
    int[] papers = new int[start[values]];
    int[] next = Arrays.copyOf(start, values);
    for (int p = 0; p < column.papers(); p++) {
      for (int i = column.offsets()[p]; i < column.offsets()[p + 1]; i++) {
        papers[next[column.ordinals()[i]]++] = p;
      }
    }
    return new TraitTable.Column<>(names, start, papers);
  }

  /**
   * The clusters of each paper, those of its nodes (for coupling, of the paper itself), as a
   * column whose ordinals are cluster numbers.
   */
  private static TraitTable.Column<String> clustersOf(MapKind kind,
      TraitTable.Column<String> items, CoOccurrence.Counted counted, int[] clusters, int k) {
    int papers = items.papers();
    boolean coupling = kind == MapKind.COUPLING;
    // the cluster of each item (of each paper, for coupling), -1 when it is no node
    int[] clusterOf = new int[coupling ? papers : items.values().size()];
    Arrays.fill(clusterOf, -1);
    for (int i = 0; i < clusters.length; i++) {
      clusterOf[counted.items()[i]] = clusters[i];
    }
    int[] offsets = new int[papers + 1];
    int[] of = new int[Math.max(16, papers)];
    int size = 0;
    int[] seen = new int[k];
    Arrays.fill(seen, -1);
    for (int p = 0; p < papers; p++) {
      offsets[p] = size;
      int from = coupling ? 0 : items.offsets()[p];
      int to = coupling ? 1 : items.offsets()[p + 1];
      for (int i = from; i < to; i++) {
        int c = clusterOf[coupling ? p : items.ordinals()[i]];
        if (c >= 0 && seen[c] != p) {
          seen[c] = p;
          if (size == of.length) {
            of = Arrays.copyOf(of, 2 * size);
          }
          of[size++] = c;
        }
      }
    }
    offsets[papers] = size;
    return new TraitTable.Column<>(List.of(), offsets, Arrays.copyOf(of, size));
  }
}
