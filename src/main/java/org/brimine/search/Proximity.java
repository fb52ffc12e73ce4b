package org.brimine.search;

/**
 * A bonus for query words found near each other: every pair of neighbouring words of the query
 * becomes a sloppy phrase in each searched field, weighted by {@code weight} times the field's
 * boost. The bonus only re-scores: it never changes which records match.
 *
 * @param slop how far apart the two words may be (Lucene phrase slop; 2 allows them swapped)
 * @param weight the weight of each pair's score; 0 turns the bonus off
 */
public record Proximity(int slop, float weight) {
  /** No proximity bonus. */
  public static final Proximity OFF = new Proximity(0, 0f);

  public Proximity {
    if (slop < 0 || slop > 100) {
      throw new IllegalArgumentException("proximity slop must be 0 to 100, got " + slop);
    }
    if (!(weight >= 0f) || Float.isInfinite(weight)) {
      throw new IllegalArgumentException("proximity weight must be 0 or more, got " + weight);
    }
  }

  /** Whether the bonus applies at all. */
  public boolean enabled() {
    return weight > 0f;
  }
}
