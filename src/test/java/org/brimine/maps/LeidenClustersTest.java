package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.junit.jupiter.api.Test;

/** The network handed to the Leiden algorithm. */
class LeidenClustersTest {
  /** What the library builds from the links as an unsorted edge list (the code before). */
  private static Network fromEdges(Links links) {
    int m = links.links().size();
    LargeIntArray[] edges = {new LargeIntArray(m), new LargeIntArray(m)};
    LargeDoubleArray weights = new LargeDoubleArray(m);
    for (int i = 0; i < m; i++) {
      Links.Link link = links.links().get(i);
      edges[0].set(i, link.source());
      edges[1].set(i, link.target());
      weights.set(i, link.weight());
    }
    return new Network(links.size(), true, edges, weights, false, true);
  }

  @Test
  void buildsTheNetworkTheLibraryBuildsFromTheEdgeList() {
    Random random = new Random(5);
    int n = 300;
    List<Links.Link> links = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (random.nextInt(20) == 0) {
          links.add(new Links.Link(a, b, 1 + random.nextInt(9) / 2.0));
        }
      }
    }
    Links map = new Links(IntStream.range(0, n).mapToObj(i -> "n" + i).toList(), new int[n],
        new Integer[n], links);
    Network expected = fromEdges(map);
    Network network = LeidenClusters.network(map);
    assertEquals(expected.getNNodes(), network.getNNodes());
    assertArrayEquals(expected.getNodeWeights(), network.getNodeWeights());
    assertArrayEquals(expected.getEdges()[0].toArray(), network.getEdges()[0].toArray());
    assertArrayEquals(expected.getEdges()[1].toArray(), network.getEdges()[1].toArray());
    assertArrayEquals(expected.getEdgeWeights().toArray(), network.getEdgeWeights().toArray());
    assertEquals(expected.getTotalEdgeWeightSelfLinks(), network.getTotalEdgeWeightSelfLinks());
  }
}
