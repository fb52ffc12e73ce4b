package org.brimine.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The random sources of the synthetic corpus (Commons RNG): item {@code i} of a stream seeded
 * with {@code seed} has a generator of its own, so that items can be made in any order, on any
 * thread, and the same seed gives the same items.
 */
final class Randomness {
  private Randomness() {}

  /** The generator of item {@code i} of the stream seeded with {@code seed}. */
  static UniformRandomProvider of(long seed, long i) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(mix(seed, i));
  }

  /**
   * A generator for the samplers that are only ever drawn with another (their
   * {@code withUniformRandomProvider}): Commons RNG's samplers need one to be made.
   */
  static UniformRandomProvider unused() {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(0L);
  }

  /** A well-spread seed for item {@code i} of a stream seeded with {@code seed}. */
  static long mix(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + (i + 1) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
