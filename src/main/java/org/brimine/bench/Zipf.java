package org.brimine.bench;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Draws ranks 0 to n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a few
 * ranks often, most rarely, as citations and authorship are spread in real literature. Commons
 * RNG's rejection-inversion sampler, made once and drawn with each paper's own random source.
 */
final class Zipf {
  private final int size;
  private final SharedStateDiscreteSampler sampler;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs 1 or more ranks, got " + n);
    }
    if (!(exponent >= 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException("Zipf exponent must be 0 or more, got " + exponent);
    }
    this.size = n;
    // the sampler's own source is never drawn from: draw() lends it the caller's
    this.sampler = RejectionInversionZipfSampler.of(Randomness.unused(), n, exponent);
  }

  /** How many ranks there are. */
  int size() {
    return size;
  }

  /** One rank, drawn from this random source. */
  int draw(UniformRandomProvider random) {
    return sampler.withUniformRandomProvider(random).sample() - 1;
  }
}
