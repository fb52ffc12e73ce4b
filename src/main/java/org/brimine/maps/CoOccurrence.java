package org.brimine.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.brimine.search.TraitTable;

/**
 * Counts how often items occur in the same basket (the references of one paper, the authors of
 * one paper, the papers that cite one reference ...): the raw counts of a science map. Items are
 * numbers into a list of names; the top items are chosen from their occurrences before any pair
 * is counted, and only their pairs are counted, in arrays.
 */
final class CoOccurrence {
  /** The most nodes whose pairs are counted in an array rather than a map. */
  static final int DENSE = 2_048;

  private CoOccurrence() {}

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
    Map<String, Integer> index = new HashMap<>();
    List<String> names = new ArrayList<>();
    int[] offsets = new int[baskets.size() + 1];
    List<Integer> members = new ArrayList<>();
    int[] years = new int[baskets.size()];
    for (int b = 0; b < baskets.size(); b++) {
      offsets[b] = members.size();
      for (String item : baskets.get(b).items()) {
        members.add(index.computeIfAbsent(item, x -> {
          names.add(x);
          return names.size() - 1;
        }));
      }
      Integer year = baskets.get(b).year();
      years[b] = year == null ? TraitTable.NO_YEAR : year;
    }
    offsets[baskets.size()] = members.size();
    int[] known = new int[names.size()];
    for (int i = 0; i < known.length; i++) {
      known[i] = knownYears.getOrDefault(names.get(i), TraitTable.NO_YEAR);
    }
    return count(new TraitTable.Column<>(names, offsets,
        members.stream().mapToInt(Integer::intValue).toArray()), years, known, top, minWeight)
        .links();
  }

  /**
   * Counted links, and which item each node is.
   *
   * @param links the nodes and their links
   * @param items each node's item number
   */
  record Counted(Links links, int[] items) {}

  /**
   * Counts as {@link #count(List, int, double, Map)} does, baskets and items by number.
   *
   * @param baskets each basket's items (a column's papers are its baskets), each once
   * @param basketYears each basket's year, {@link TraitTable#NO_YEAR} when unknown
   * @param knownYears each item's year known otherwise, {@link TraitTable#NO_YEAR} when none
   */
  static Counted count(TraitTable.Column<String> baskets, int[] basketYears, int[] knownYears,
      int top, double minWeight) {
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, got " + top);
    }
    List<String> names = baskets.values();
    int[] offsets = baskets.offsets();
    int[] members = baskets.ordinals();
    int[] occurrences = new int[names.size()];
    int[] firstYear = new int[names.size()];
    Arrays.fill(firstYear, Integer.MAX_VALUE);
    for (int b = 0; b < baskets.papers(); b++) {
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        int item = members[i];
        occurrences[item]++;
        if (basketYears[b] != TraitTable.NO_YEAR) {
          firstYear[item] = Math.min(firstYear[item], basketYears[b]);
        }
      }
    }
    int[] chosen = top(occurrences, names, top);
    int n = chosen.length;
    int[] node = new int[names.size()];
    Arrays.fill(node, -1);
    for (int i = 0; i < n; i++) {
      node[chosen[i]] = i;
    }
    List<Links.Link> links = pairs(offsets, members, node, n, minWeight);
    List<String> items = new ArrayList<>(n);
    int[] weights = new int[n];
    Integer[] years = new Integer[n];
    for (int i = 0; i < n; i++) {
      int item = chosen[i];
      items.add(names.get(item));
      weights[i] = occurrences[item];
      years[i] = knownYears[item] != TraitTable.NO_YEAR ? Integer.valueOf(knownYears[item])
          : firstYear[item] == Integer.MAX_VALUE ? null : firstYear[item];
    }
    return new Counted(new Links(items, weights, years, links), chosen);
  }

  /**
   * The {@code top} items that occur most (in at least one basket), most first, ties by name:
   * only the items at least as frequent as the top-th are sorted.
   */
  private static int[] top(int[] occurrences, List<String> names, int top) {
    int[] counts = Arrays.stream(occurrences).filter(c -> c > 0).sorted().toArray();
    if (counts.length == 0) {
      return new int[0];
    }
    int least = counts[Math.max(0, counts.length - top)];
    List<Integer> candidates = new ArrayList<>();
    for (int item = 0; item < occurrences.length; item++) {
      if (occurrences[item] >= least && occurrences[item] > 0) {
        candidates.add(item);
      }
    }
    candidates.sort(Comparator.comparingInt((Integer i) -> -occurrences[i])
        .thenComparing(names::get));
    return candidates.stream().limit(top).mapToInt(Integer::intValue).toArray();
  }

  /** The links among the n chosen nodes ({@code node} of an item, -1 when not chosen). */
  private static List<Links.Link> pairs(int[] offsets, int[] members, int[] node, int n,
      double minWeight) {
    // up to DENSE nodes the pairs are counted in an n x n array (16 MB at most), past it in a map
    int[] dense = n <= DENSE ? new int[n * n] : null;
    Map<Long, int[]> sparse = new HashMap<>();
    int[] basket = new int[16];
    for (int b = 0; b + 1 < offsets.length; b++) {
      int k = 0;
      for (int i = offsets[b]; i < offsets[b + 1]; i++) {
        int at = node[members[i]];
        if (at >= 0) {
          if (k == basket.length) {
            basket = Arrays.copyOf(basket, 2 * k);
          }
          basket[k++] = at;
        }
      }
      Arrays.sort(basket, 0, k);
      for (int a = 0; a < k; a++) {
        for (int c = a + 1; c < k; c++) {
          if (dense != null) {
            dense[basket[a] * n + basket[c]]++;
          } else {
            sparse.computeIfAbsent((long) basket[a] * n + basket[c], x -> new int[1])[0]++;
          }
        }
      }
    }
    List<Links.Link> links = new ArrayList<>();
    if (dense != null) {
      for (int a = 0; a < n; a++) {
        for (int c = a + 1; c < n; c++) {
          int count = dense[a * n + c];
          if (count > 0 && count >= minWeight) {
            links.add(new Links.Link(a, c, count));
          }
        }
      }
    }
    sparse.forEach((key, count) -> {
      if (count[0] >= minWeight) {
        links.add(new Links.Link((int) (key / n), (int) (key % n), count[0]));
      }
    });
    links.sort(Comparator.comparingInt(Links.Link::source).thenComparingInt(Links.Link::target));
    return links;
  }
}
