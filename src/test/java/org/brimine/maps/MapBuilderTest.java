package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.brimine.search.PaperTraits;
import org.junit.jupiter.api.Test;

/**
 * Country and co-author maps of hand-built papers whose networks are known by construction: the
 * nodes with their weights and first years, the links with their counts, the clusters, their
 * labels and the modularity are exactly those worked out below.
 *
 * <pre>
 * paper year countries            authors     keyphrase
 * q1    2018 Kazakhstan, Pakistan Li, Wang    energy corridor
 * q2    2019 Kazakhstan, Pakistan Li, Wang    energy corridor
 * q3    2019 Kazakhstan, Russia   Li          energy corridor
 * q4    2020 Laos, Thailand       Chen, Zhao  rubber trade
 * q5    2021 Laos, Thailand       Chen        rubber trade
 * q6    2021 Thailand             -           rubber trade
 * </pre>
 */
class MapBuilderTest {
  private static final String ENERGY = "energy corridor";

  private static PaperTraits paper(String id, int year, List<String> countries,
      List<String> authors, String keyphrase) {
    return new PaperTraits(id, year, authors, countries, List.of(keyphrase), List.of(),
        List.of(), List.of());
  }

  private static final List<PaperTraits> PAPERS = List.of(
      paper("q1", 2018, List.of("Kazakhstan", "Pakistan"), List.of("Li", "Wang"), ENERGY),
      paper("q2", 2019, List.of("Kazakhstan", "Pakistan"), List.of("Li", "Wang"), ENERGY),
      paper("q3", 2019, List.of("Kazakhstan", "Russia"), List.of("Li"), ENERGY),
      paper("q4", 2020, List.of("Laos", "Thailand"), List.of("Chen", "Zhao"), "rubber trade"),
      paper("q5", 2021, List.of("Laos", "Thailand"), List.of("Chen"), "rubber trade"),
      paper("q6", 2021, List.of("Thailand"), List.of(), "rubber trade"));

  private static ScienceMap build(MapKind kind) throws IOException {
    return new MapBuilder(ids -> Map.of()).build(kind, PAPERS,
        new MapSettings(100, 1, false, MapSettings.SEED));
  }

  private static Map<String, Double> edges(ScienceMap map) {
    Map<String, Double> edges = new TreeMap<>();
    for (ScienceMap.Edge e : map.edges()) {
      edges.put(e.source().compareTo(e.target()) < 0 ? e.source() + "-" + e.target()
          : e.target() + "-" + e.source(), e.weight());
    }
    return edges;
  }

  @Test
  void mapsCountriesNamedTogetherWithTheirCountsYearsAndClusters() throws IOException {
    ScienceMap map = build(MapKind.COUNTRIES);
    // heaviest first, ties by name; years are the first paper's; cluster 1 is the larger group
    assertEquals(List.of(new ScienceMap.Node("Kazakhstan", "Kazakhstan", 3, 1, 2018),
        new ScienceMap.Node("Thailand", "Thailand", 3, 2, 2020),
        new ScienceMap.Node("Laos", "Laos", 2, 2, 2020),
        new ScienceMap.Node("Pakistan", "Pakistan", 2, 1, 2018),
        new ScienceMap.Node("Russia", "Russia", 1, 1, 2019)), map.nodes());
    assertEquals(Map.of("Kazakhstan-Pakistan", 2.0, "Kazakhstan-Russia", 1.0,
        "Laos-Thailand", 2.0), edges(map));
    assertEquals(List.of(new ScienceMap.Cluster(1, "energy corridor", 3),
        new ScienceMap.Cluster(2, "rubber trade", 2)), map.clusters());
    // m = 5: (3/5 - (6/10)^2) + (2/5 - (4/10)^2)
    assertEquals(0.48, map.modularity(), 1e-12);
  }

  @Test
  void mapsCoauthorsWithTheirPapersAndFirstYears() throws IOException {
    ScienceMap map = build(MapKind.COAUTHOR);
    Map<String, List<Integer>> nodes = new TreeMap<>();
    map.nodes().forEach(n -> nodes.put(n.id(), List.of(n.weight(), n.year())));
    assertEquals(Map.of("Li", List.of(3, 2018), "Wang", List.of(2, 2018),
        "Chen", List.of(2, 2020), "Zhao", List.of(1, 2020)), nodes);
    assertEquals(Map.of("Li-Wang", 2.0, "Chen-Zhao", 1.0), edges(map));
    Map<String, Integer> clusters = new TreeMap<>();
    map.nodes().forEach(n -> clusters.put(n.id(), n.cluster()));
    assertEquals(clusters.get("Li"), clusters.get("Wang"));
    assertEquals(clusters.get("Chen"), clusters.get("Zhao"));
    assertNotEquals(clusters.get("Li"), clusters.get("Chen"));
    // m = 3: (2/3 - (4/6)^2) + (1/3 - (2/6)^2)
    assertEquals(4.0 / 9, map.modularity(), 1e-12);
  }
}
