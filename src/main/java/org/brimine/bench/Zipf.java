package org.brimine.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks 0 to n-1 with probability proportional to {@code 1 / (rank + 1)^exponent}: a few
 * ranks often, most rarely, as citations and authorship are spread in real literature.
 */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs 1 or more ranks, got " + n);
    }
    if (!(exponent >= 0) || Double.isInfinite(exponent)) {
      throw new IllegalArgumentException("Zipf exponent must be 0 or more, got " + exponent);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / Math.pow(k + 1, exponent);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
  }

  /** How many ranks there are. */
  int size() {
    return cumulative.length;
  }

  /** One rank. */
  int draw(SplittableRandom random) {
    int at = Arrays.binarySearch(cumulative, random.nextDouble());
    int rank = at >= 0 ? at : -at - 1;
    return Math.min(rank, cumulative.length - 1);
  }
}
