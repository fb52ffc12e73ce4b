package org.brimine.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.DiscreteProbabilityCollectionSampler;

/**
 * An empirical distribution: values drawn as often as they were seen (Commons RNG's discrete
 * probability sampler). Values are kept in their natural order, so the draws do not depend on
 * the order they were seen in.
 *
 * @param <T> the values
 */
final class Weighted<T extends Comparable<T>> {
  private final List<T> values;
  private final DiscreteProbabilityCollectionSampler<T> sampler;

  Weighted(Collection<T> seen) {
    TreeMap<T, Integer> counts = new TreeMap<>();
    for (T value : seen) {
      counts.merge(value, 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      throw new IllegalArgumentException("an empirical distribution needs at least one value");
    }
    values = List.copyOf(counts.keySet());
    double[] weights = counts.values().stream().mapToDouble(Integer::doubleValue).toArray();
    // the sampler's own source is never drawn from: draw() lends it the caller's
    sampler = new DiscreteProbabilityCollectionSampler<>(Randomness.unused(), values, weights);
  }

  /** One value, drawn from this random source. */
  T draw(UniformRandomProvider random) {
    return sampler.withUniformRandomProvider(random).sample();
  }

  /** The distinct values, in order. */
  List<T> values() {
    return new ArrayList<>(values);
  }
}
