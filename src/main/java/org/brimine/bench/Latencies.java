package org.brimine.bench;

import org.HdrHistogram.Histogram;

/**
 * Latencies of one run over a set of queries, kept in an HdrHistogram with {@value #DIGITS}
 * significant decimal digits (every figure within 0.1% of the value recorded). Percentiles are
 * HdrHistogram's, by the nearest-rank definition (p50 of 200 values is the 100th smallest, p99
 * the 198th), each given as the highest value its histogram bucket holds.
 */
public final class Latencies {
  /** Significant decimal digits of the histogram: 3 keeps each value within 0.1%. */
  public static final int DIGITS = 3;

  private final Histogram histogram = new Histogram(DIGITS);

  /** @param nanos one latency per query, in nanoseconds */
  public Latencies(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("latencies need at least one value");
    }
    for (long value : nanos) {
      if (value < 0) {
        throw new IllegalArgumentException("a latency must be 0 ns or more, got " + value);
      }
      histogram.recordValue(value);
    }
  }

  /** The latency below which a share {@code p} (0 to 1] of the queries fall, in milliseconds. */
  public double percentileMillis(double p) {
    if (!(p > 0 && p <= 1)) {
      throw new IllegalArgumentException("percentile must be in (0, 1], got " + p);
    }
    return histogram.getValueAtPercentile(p * 100) / 1e6;
  }

  /** The mean, in milliseconds (of the values as the histogram holds them). */
  public double meanMillis() {
    return histogram.getMean() / 1e6;
  }
}
