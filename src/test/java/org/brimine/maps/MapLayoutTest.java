package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The VOS layout places linked nodes together, the same way each time, on one page. */
class MapLayoutTest {
  /** Two triangles, a-b-c and x-y-z, joined by one weak link c-x; and a node alone. */
  private static ScienceMap map() {
    List<ScienceMap.Node> nodes = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "x", "y", "z", "alone")) {
      nodes.add(new ScienceMap.Node(id, id, 3, 1, null));
    }
    return new ScienceMap("keywords", nodes, List.of(new ScienceMap.Edge("a", "b", 5),
        new ScienceMap.Edge("a", "c", 5), new ScienceMap.Edge("b", "c", 5),
        new ScienceMap.Edge("x", "y", 5), new ScienceMap.Edge("x", "z", 5),
        new ScienceMap.Edge("y", "z", 5), new ScienceMap.Edge("c", "x", 1)),
        List.of(new ScienceMap.Cluster(1, "", 7)), 0, 0);
  }

  private static double distance(List<MapLayout.Point> points, int i, int j) {
    return Math.hypot(points.get(i).x() - points.get(j).x(), points.get(i).y() - points.get(j).y());
  }

  @Test
  void placesTheNodesOfATriangleCloserThanNodesOfTwoTriangles() {
    List<MapLayout.Point> points = new MapLayout(MapSettings.SEED).place(map());
    assertEquals(7, points.size());
    double inside = Math.max(distance(points, 0, 1), distance(points, 3, 4));
    double across = Math.min(distance(points, 0, 4), distance(points, 1, 5));
    assertTrue(inside < across, "inside " + inside + ", across " + across + ": " + points);
  }

  @Test
  void placesTheSameMapTheSameWayWithTheSameSeed() {
    assertEquals(new MapLayout(7).place(map()), new MapLayout(7).place(map()));
  }

  @Test
  void keepsANodeWithoutLinksOnThePage() {
    List<MapLayout.Point> points = new MapLayout(MapSettings.SEED).place(map());
    double farthest = 0;
    for (int i = 0; i < 6; i++) {
      farthest = Math.max(farthest, distance(points, i, 6));
    }
    // standardised to a mean distance of 1: a node that drifted off would be tens away
    assertTrue(farthest < 5, "the lone node is " + farthest + " from the others: " + points);
  }
}
