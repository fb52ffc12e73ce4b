package org.brimine.bench;

import java.util.Arrays;

/**
 * Latencies of one run over a set of queries, with their percentiles by the nearest-rank
 * definition (p50 of 200 values is the 100th smallest, p99 the 198th).
 */
public final class Latencies {
  private final long[] sorted;

  /** @param nanos one latency per query, in nanoseconds */
  public Latencies(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("latencies need at least one value");
    }
    this.sorted = nanos.clone();
    Arrays.sort(sorted);
  }

  /** The latency below which a share {@code p} (0 to 1] of the queries fall, in milliseconds. */
  public double percentileMillis(double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile must be in (0, 1], got " + p);
    }
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  /** The mean, in milliseconds. */
  public double meanMillis() {
    return Arrays.stream(sorted).average().orElseThrow() / 1e6;
  }
}
