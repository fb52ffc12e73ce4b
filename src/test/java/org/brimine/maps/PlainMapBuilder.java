package org.brimine.maps;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.brimine.search.PaperTraits;

/**
 * The plain code of {@link MapBuilder} as at a655ac3, before it counted by number: kept as
 * the reference that {@link PlainCodeComparisonTest} compares with.
 *
 * <p>Builds a science map of papers: counts the links of the kind asked for, keeps the nodes that
 * occur most, clusters them with Leiden and labels the clusters by their papers' keyphrases.
 */
public final class PlainMapBuilder {
  /** Finds the titles of records by id (references and papers have titles; others not). */
  @FunctionalInterface
  public interface Titles {
    /** The titles of those records with these ids that have one. */
    Map<String, String> of(Collection<String> ids) throws IOException;
  }

  private final Titles titles;

  /** @param titles where the labels of reference and paper nodes come from */
  public PlainMapBuilder(Titles titles) {
    this.titles = titles;
  }

  /** The map of this kind over these papers. */
  public ScienceMap build(MapKind kind, List<PaperTraits> papers, MapSettings settings)
      throws IOException {
    Links counted = count(kind, papers, settings);
    Links links = settings.associationStrength() ? counted.associationStrength() : counted;
    int[] clusters = new LeidenClusters(settings.seed()).cluster(links);
    int k = 0;
    for (int c : clusters) {
      k = Math.max(k, c + 1);
    }
    List<String> labels = PlainClusterLabels.of(keyphrases(papers), clustersOf(kind, papers, counted,
        clusters), k);
    Map<String, String> names = kind == MapKind.COCITATION || kind == MapKind.COUPLING
        ? titles.of(counted.items()) : Map.of();
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
    return new ScienceMap(kind.label(), nodes, edges, clusterList,
        LeidenClusters.modularity(links, clusters), Silhouette.mean(counted, clusters));
  }

  private static Links count(MapKind kind, List<PaperTraits> papers, MapSettings settings) {
    List<PlainCoOccurrence.Basket> baskets = new ArrayList<>();
    Map<String, Integer> years = new HashMap<>();
    if (kind == MapKind.COUPLING) {
      // a paper is linked to another by each reference both cite: the citing papers of each
      // reference are a basket
      Map<String, List<String>> citing = new TreeMap<>();
      for (PaperTraits paper : papers) {
        if (paper.year() != null) {
          years.put(paper.id(), paper.year());
        }
        for (String cited : kind.items(paper)) {
          citing.computeIfAbsent(cited, c -> new ArrayList<>()).add(paper.id());
        }
      }
      citing.values().forEach(ids -> baskets.add(new PlainCoOccurrence.Basket(null, ids)));
    } else {
      for (PaperTraits paper : papers) {
        baskets.add(new PlainCoOccurrence.Basket(paper.year(), kind.items(paper)));
      }
    }
    return PlainCoOccurrence.count(baskets, settings.top(), settings.minWeight(), years);
  }

  private static List<Set<String>> keyphrases(List<PaperTraits> papers) {
    return papers.stream().map(p -> (Set<String>) new LinkedHashSet<>(MapKind.KEYWORDS.items(p)))
        .toList();
  }

  /** The clusters of each paper: those of its nodes (for coupling, of the paper itself). */
  private static List<Set<Integer>> clustersOf(MapKind kind, List<PaperTraits> papers,
      Links links, int[] clusters) {
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int i = 0; i < links.size(); i++) {
      clusterOf.put(links.items().get(i), clusters[i]);
    }
    List<Set<Integer>> result = new ArrayList<>();
    for (PaperTraits paper : papers) {
      Set<Integer> of = new HashSet<>();
      List<String> items = kind == MapKind.COUPLING ? List.of(paper.id()) : kind.items(paper);
      for (String item : items) {
        Integer c = clusterOf.get(item);
        if (c != null) {
          of.add(c);
        }
      }
      result.add(of);
    }
    return result;
  }
}
