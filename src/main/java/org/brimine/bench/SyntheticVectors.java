package org.brimine.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.brimine.model.PaperVector;

/**
 * Vectors for synthetic papers, for speed measurements only: paper i gets the normalised sum of
 * two vectors of real texts, drawn by a generator seeded with the seed and i, and Gaussian noise
 * (standard deviation {@code noise} per dimension). So the vectors cluster as real ones do
 * around the subjects of the real texts, without embedding 100,000 synthetic papers (the
 * synthetic papers recombine paragraphs, so their own embeddings would be no truer).
 */
public final class SyntheticVectors implements IntFunction<PaperVector> {
  private final List<PaperVector> real;
  private final long seed;
  private final double noise;

  /**
   * @param real vectors of real texts, all of one model and dimension
   */
  public SyntheticVectors(List<PaperVector> real, long seed, double noise) {
    if (real.isEmpty()) {
      throw new IllegalArgumentException("synthetic vectors need real ones to start from");
    }
    this.real = List.copyOf(real);
    this.seed = seed;
    this.noise = noise;
  }

  @Override
  public PaperVector apply(int i) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
    float[] a = real.get(random.nextInt(real.size())).values();
    float[] b = real.get(random.nextInt(real.size())).values();
    float[] v = new float[a.length];
    double norm = 0;
    for (int d = 0; d < v.length; d++) {
      // Box-Muller: one Gaussian draw per dimension
      double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
          * Math.cos(2 * Math.PI * random.nextDouble());
      v[d] = (float) (a[d] + b[d] + noise * g);
      norm += v[d] * v[d];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < v.length; d++) {
      v[d] *= scale;
    }
    return new PaperVector(real.get(0).model(), v);
  }
}
