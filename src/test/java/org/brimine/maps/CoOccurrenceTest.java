package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pair counts are the same whether counted in an array (few nodes) or a map (many). */
class CoOccurrenceTest {
  /** A ring of n items: basket i holds items i and i+1 (mod n), and item 0 is in every basket. */
  private static List<CoOccurrence.Basket> ring(int n) {
    List<CoOccurrence.Basket> baskets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> items = new ArrayList<>(List.of(name(i), name((i + 1) % n)));
      if (!items.contains(name(0))) {
        items.add(name(0));
      }
      baskets.add(new CoOccurrence.Basket(2000 + i % 20, items));
    }
    return baskets;
  }

  private static String name(int i) {
    return String.format("w%05d", i);
  }

  private static Map<String, Double> counts(Links links) {
    Map<String, Double> counts = new java.util.TreeMap<>();
    for (Links.Link l : links.links()) {
      counts.put(links.items().get(l.source()) + "-" + links.items().get(l.target()), l.weight());
    }
    return counts;
  }

  @Test
  void countsPairsAlikeInTheArrayAndInTheMap() {
    for (int n : List.of(CoOccurrence.DENSE / 2, CoOccurrence.DENSE * 2)) {
      Links links = CoOccurrence.count(ring(n), n, 1, Map.of());
      assertEquals(n, links.size());
      Map<String, Double> counts = counts(links);
      // w00000 is in every basket: with w00001 in baskets 0 and 1 (as its neighbour in 0)
      assertEquals(2.0, counts.get("w00000-w00001"));
      assertEquals(2.0, counts.get("w00000-w00005"), "baskets 4 and 5 hold w00005; w00000 both");
      assertEquals(1.0, counts.get("w00005-w00006"));
      assertEquals(2 * n - 3, counts.size(), "ring links plus links to w00000");
      assertEquals(2000, links.years()[0]);
    }
  }
}
