package org.brimine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain code of {@link CoOccurrence} as at a655ac3, before it counted by number: kept as
 * the reference that {@link PlainCodeComparisonTest} compares with.
 *
 * <p>Counts how often items occur in the same basket (the references of one paper, the authors of
 * one paper, the papers that cite one reference ...): the raw counts of a science map.
 */
final class PlainCoOccurrence {
  /** The most nodes whose pairs are counted in an array rather than a map. */
  static final int DENSE = 2_048;

  private PlainCoOccurrence() {}

  /**
   * A basket of items, each once.
   *
   * @param year the year of the basket (the citing paper's), or null
   * @param items its items
   */
  record Basket(Integer year, List<String> items) {
    Basket {
      items = List.copyOf(items);
    }
  }

  /**
   * Counts the items and the pairs of the {@code top} items that occur in the most baskets (ties
   * by item), keeping the pairs that occur together in at least {@code minWeight} baskets.
   *
   * @param knownYears years of items known otherwise (a paper's own year); other items get the
   *     first year of a basket they occur in
   */
  static Links count(List<Basket> baskets, int top, double minWeight,
      Map<String, Integer> knownYears) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, got " + top);
    }
    Map<String, int[]> occurrences = new HashMap<>();
    for (Basket basket : baskets) {
      for (String item : basket.items()) {
        int[] o = occurrences.computeIfAbsent(item, k -> new int[] {0, Integer.MAX_VALUE});
        o[0]++;
        if (basket.year() != null) {
          o[1] = Math.min(o[1], basket.year());
        }
      }
    }
    List<String> items = new ArrayList<>(occurrences.keySet());
    items.sort(Comparator.comparingInt((String i) -> -occurrences.get(i)[0])
        .thenComparing(Comparator.naturalOrder()));
    items = List.copyOf(items.subList(0, Math.min(top, items.size())));
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i), i);
    }
    int n = items.size();
    // up to DENSE nodes the pairs are counted in an n x n array (16 MB at most), past it in a map
    int[] dense = n <= DENSE ? new int[n * n] : null;
    Map<Long, int[]> pairs = new HashMap<>();
    int[] chosen = new int[16];
    for (Basket basket : baskets) {
      int k = 0;
      for (String item : basket.items()) {
        Integer i = index.get(item);
        if (i != null) {
          if (k == chosen.length) {
            chosen = Arrays.copyOf(chosen, 2 * k);
          }
          chosen[k++] = i;
        }
      }
      Arrays.sort(chosen, 0, k);
      for (int a = 0; a < k; a++) {
        for (int b = a + 1; b < k; b++) {
          if (dense != null) {
            dense[chosen[a] * n + chosen[b]]++;
          } else {
            pairs.computeIfAbsent((long) chosen[a] * n + chosen[b], x -> new int[1])[0]++;
          }
        }
      }
    }
    List<Links.Link> links = new ArrayList<>();
    if (dense != null) {
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          int count = dense[a * n + b];
          if (count > 0 && count >= minWeight) {
            links.add(new Links.Link(a, b, count));
          }
        }
      }
    }
    pairs.forEach((key, count) -> {
      if (count[0] >= minWeight) {
        links.add(new Links.Link((int) (key / n), (int) (key % n), count[0]));
      }
    });
    links.sort(Comparator.comparingInt(Links.Link::source).thenComparingInt(Links.Link::target));
    int[] weights = new int[n];
    Integer[] years = new Integer[n];
    for (int i = 0; i < n; i++) {
      int[] o = occurrences.get(items.get(i));
      weights[i] = o[0];
      Integer known = knownYears.get(items.get(i));
      years[i] = known != null ? known : o[1] == Integer.MAX_VALUE ? null : o[1];
    }
    return new Links(items, weights, years, links);
  }
}
