package org.brimine.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.cwts.networkanalysis.GradientDescentVOSLayoutAlgorithm;
import nl.cwts.networkanalysis.Layout;
import nl.cwts.networkanalysis.Network;
import nl.cwts.networkanalysis.VOSLayoutAlgorithm;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Places a map's nodes in the plane with the VOS layout of CWTS's {@code networkanalysis} library,
 * as VOSviewer and the library's own command line do: link weights normalised by association
 * strength, attraction 2 and repulsion 1, gradient descent from random starts (the one of least
 * VOS quality value kept), then standardised (centred, scaled to a mean distance of 1, rotated so
 * that the main spread is horizontal). Seeded, so the same map is drawn the same way.
 *
 * <p>NOTE: the VOS quality function only attracts linked nodes; nodes in different components
 * would drift apart without end. So when the map is not connected, every pair of nodes gets a
 * small extra weight ({@link #UNCONNECTED_INCREMENT}, the library's edge weight increment),
 * which keeps the components on one page without pulling them into each other.
 */
public final class MapLayout {
  /** Random starts of the gradient descent; the best layout of them is kept. */
  static final int RANDOM_STARTS = 4;
  /** The weight every pair of nodes gets on top of its link when the map is not connected. */
  static final double UNCONNECTED_INCREMENT = 0.01;

  private final long seed;

  /** @param seed the seed of the random starts */
  public MapLayout(long seed) {
    this.seed = seed;
  }

  /**
   * A node's place.
   *
   * @param x across, centred on 0
   * @param y up, centred on 0
   */
  public record Point(double x, double y) {}

  /** The place of each node of the map, in the order of its nodes. */
  public List<Point> place(ScienceMap map) {
    int n = map.nodes().size();
    if (n == 0) {
      return List.of();
    }
    if (n == 1) {
      return List.of(new Point(0, 0));
    }
    Map<String, Integer> index = new HashMap<>();
    for (ScienceMap.Node node : map.nodes()) {
      index.put(node.id(), index.size());
    }
    int m = map.edges().size();
    LargeIntArray[] edges = {new LargeIntArray(m), new LargeIntArray(m)};
    LargeDoubleArray weights = new LargeDoubleArray(m);
    for (int i = 0; i < m; i++) {
      ScienceMap.Edge edge = map.edges().get(i);
      edges[0].set(i, index.get(edge.source()));
      edges[1].set(i, index.get(edge.target()));
      weights.set(i, edge.weight());
    }
    Network network = new Network(n, true, edges, weights, false, true);
    boolean connected = network.identifyComponents().getNClusters() == 1;
    Network normalised = network.createNormalizedNetworkUsingAssociationStrength();
    Random random = new Random(seed);
    GradientDescentVOSLayoutAlgorithm vos = new GradientDescentVOSLayoutAlgorithm(
        VOSLayoutAlgorithm.DEFAULT_ATTRACTION, VOSLayoutAlgorithm.DEFAULT_REPULSION,
        connected ? VOSLayoutAlgorithm.DEFAULT_EDGE_WEIGHT_INCREMENT : UNCONNECTED_INCREMENT,
        random);
    Layout best = null;
    double bestQuality = Double.POSITIVE_INFINITY;
    for (int start = 0; start < RANDOM_STARTS; start++) {
      Layout layout = new Layout(n, random);
      vos.improveLayout(normalised, layout);
      double quality = vos.calcQuality(normalised, layout);
      if (quality < bestQuality) {
        bestQuality = quality;
        best = layout;
      }
    }
    best.standardize(true);
    List<Point> points = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double[] xy = best.getCoordinates(i);
      points.add(new Point(xy[0], xy[1]));
    }
    return points;
  }
}
