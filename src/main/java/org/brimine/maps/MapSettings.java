package org.brimine.maps;

/**
 * How to draw a map.
 *
 * @param top the most nodes: those that occur in the most papers
 * @param minWeight the least count of a link kept
 * @param associationStrength whether link weights are normalised by association strength
 * @param seed the seed of the clustering's random starts
 */
public record MapSettings(int top, double minWeight, boolean associationStrength, long seed) {
  /** The seed used unless another is asked for. */
  public static final long SEED = 42;

  public MapSettings {
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, got " + top);
    }
    if (minWeight < 0) {
      throw new IllegalArgumentException("min weight must be 0 or more, got " + minWeight);
    }
  }
}
