package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The silhouette of a clustering, worked out by hand. */
class SilhouetteTest {
  @Test
  void measuresDistanceByCosineOfCountsNotByTheHeaviestLink() {
    // x and y always occur together (10 times): distance 0, however heavy other links are;
    // u and v (occurring 100 times each) share 100 papers, and y links to u once (cosine 1/sqrt(1000))
    Links links = new Links(List.of("x", "y", "u", "v"), new int[] {10, 10, 100, 100},
        new Integer[4], List.of(new Links.Link(0, 1, 10), new Links.Link(1, 2, 1),
            new Links.Link(2, 3, 100)));
    int[] clusters = {0, 0, 1, 1};
    double yToU = 1 - 1 / Math.sqrt(10 * 100);
    // x: a = 0, b = 1 -> 1; y: a = 0, b = (yToU + 1) / 2 -> 1; u: a = 0, b = (1 + yToU) / 2 -> 1;
    // v: a = 0 -> 1
    assertEquals(1.0, Silhouette.mean(links, clusters), 1e-12);
    // the same counts in one cluster: no silhouette
    assertEquals(0.0, Silhouette.mean(links, new int[] {0, 0, 0, 0}));
    // x alone in its cluster: 0; y, u, v together: y is nearer x (distance 0) than its own
    int[] other = {0, 1, 1, 1};
    double aY = ((1 - 1 / Math.sqrt(1000)) + 1) / 2;
    double sY = (0 - aY) / aY; // b = distance to x = 0
    double aU = (yToU + 0) / 2;
    double sU = (1 - aU) / 1;
    double aV = (1 + 0) / 2.0;
    double sV = (1 - aV) / 1;
    assertEquals((0 + sY + sU + sV) / 4, Silhouette.mean(links, other), 1e-12);
  }
}
