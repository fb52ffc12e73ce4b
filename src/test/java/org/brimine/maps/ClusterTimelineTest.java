package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.brimine.search.PaperTraits;
import org.junit.jupiter.api.Test;

/** Papers per cluster per year, on hand-built papers and maps whose counts are known. */
class ClusterTimelineTest {
  private static PaperTraits paper(String id, Integer year, List<String> themes,
      List<String> cites) {
    return new PaperTraits(id, year, List.of(), List.of(), List.of(), List.of(), themes, cites);
  }

  private static ScienceMap map(List<ScienceMap.Node> nodes, int clusters) {
    List<ScienceMap.Cluster> list = new java.util.ArrayList<>();
    for (int c = 1; c <= clusters; c++) {
      list.add(new ScienceMap.Cluster(c, "", 0));
    }
    return new ScienceMap("x", nodes, List.of(), list, 0, 0);
  }

  private static ScienceMap.Node node(String id, int cluster) {
    return new ScienceMap.Node(id, id, 1, cluster, null);
  }

  @Test
  void countsEachPaperOnceInEachClusterOfItsNodesByYear() {
    List<PaperTraits> papers = List.of(
        paper("p1", 2018, List.of("a", "b"), List.of()),   // cluster 1, once
        paper("p2", 2018, List.of("c"), List.of()),        // cluster 2
        paper("p3", 2020, List.of("a", "c"), List.of()),   // both
        paper("p4", null, List.of("a"), List.of()),        // no year: left out
        paper("p5", 2017, List.of("z"), List.of()),        // no node: no year of the timeline
        paper("p6", 2020, List.of("b"), List.of()));       // cluster 1
    ClusterTimeline t = ClusterTimeline.of(MapKind.THEMES, papers,
        map(List.of(node("a", 1), node("b", 1), node("c", 2)), 2));
    assertEquals(List.of(2018, 2019, 2020), t.years());
    assertEquals(List.of(new ClusterTimeline.Row(1, List.of(1, 0, 2)),
        new ClusterTimeline.Row(2, List.of(1, 0, 1))), t.clusters());
  }

  @Test
  void countsACouplingMapsPapersInTheirOwnClusters() {
    List<PaperTraits> papers = List.of(
        paper("p1", 2015, List.of(), List.of("r1", "r2")),
        paper("p2", 2016, List.of(), List.of("r1")),
        paper("p3", 2016, List.of(), List.of("r2")));
    ClusterTimeline t = ClusterTimeline.of(MapKind.COUPLING, papers,
        map(List.of(node("p1", 1), node("p2", 2), node("p3", 2)), 2));
    assertEquals(List.of(2015, 2016), t.years());
    assertEquals(List.of(new ClusterTimeline.Row(1, List.of(1, 0)),
        new ClusterTimeline.Row(2, List.of(0, 2))), t.clusters());
  }

  @Test
  void anEmptyMapHasNoYears() {
    ClusterTimeline t = ClusterTimeline.of(MapKind.THEMES,
        List.of(paper("p1", 2018, List.of("a"), List.of())), map(List.of(), 0));
    assertEquals(List.of(), t.years());
    assertEquals(List.of(), t.clusters());
  }
}
