package org.brimine.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * An empirical distribution: values drawn as often as they were seen. Values are kept in their
 * natural order, so the draws do not depend on the order they were seen in.
 *
 * @param <T> the values
 */
final class Weighted<T extends Comparable<T>> {
  private final List<T> values;
  private final int[] cumulative;

  Weighted(Collection<T> seen) {
    TreeMap<T, Integer> counts = new TreeMap<>();
    for (T value : seen) {
      counts.merge(value, 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("an empirical distribution needs at least one value");
    }
    values = List.copyOf(counts.keySet());
    cumulative = new int[values.size()];
    int sum = 0;
    int i = 0;
    for (int count : counts.values()) {
      sum += count;
      cumulative[i++] = sum;
    }
  }

  /** One value. */
  T draw(SplittableRandom random) {
    int target = random.nextInt(cumulative[cumulative.length - 1]);
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values.get(lo);
  }

  /** The distinct values, in order. */
  List<T> values() {
    return new ArrayList<>(values);
  }
}
