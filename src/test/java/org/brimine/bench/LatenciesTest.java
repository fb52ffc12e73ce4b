package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {
  /** 1 ms to 200 ms, one value a millisecond, in a shuffled order. */
  private static final long[] MS_1_TO_200 = LongStream.rangeClosed(1, 200)
      .map(i -> (i * 73) % 200 + 1).map(ms -> ms * 1_000_000).toArray();

  @Test
  void percentilesAreTheNearestRankWithinTheHistogramsPrecision() {
    Latencies latencies = new Latencies(MS_1_TO_200);
    // nearest rank: p50 of 200 values is the 100th smallest, p99 the 198th, p100 the largest;
    // a rank off by one would be 1% off, ten times the histogram's 0.1%
    assertEquals(100, latencies.percentileMillis(0.5), 0.1);
    assertEquals(198, latencies.percentileMillis(0.99), 0.198);
    assertEquals(200, latencies.percentileMillis(1), 0.2);
    assertEquals(1, latencies.percentileMillis(0.001), 0.001);
    assertEquals(100.5, latencies.meanMillis(), 0.1);
  }

  @Test
  void aPercentileOfARankBetweenValuesRoundsUp() {
    // p99 of 255 values: rank ceil(252.45) = 253
    long[] nanos = LongStream.rangeClosed(1, 255).map(ms -> ms * 1_000_000).toArray();
    assertEquals(253, new Latencies(nanos).percentileMillis(0.99), 0.253);
  }

  @Test
  void keepsMicrosecondsAndSecondsInOneHistogram() {
    Latencies latencies = new Latencies(new long[] {20_000, 30_000, 4_000_000_000L});
    assertEquals(0.03, latencies.percentileMillis(0.5), 0.00003);
    assertEquals(4000, latencies.percentileMillis(1), 4);
  }

  @Test
  void refusesNoValuesNegativeValuesAndPercentilesOutsideZeroToOne() {
    assertThrows(IllegalArgumentException.class, () -> new Latencies(new long[0]));
    IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
        () -> new Latencies(new long[] {5, -3}));
    assertTrue(negative.getMessage().contains("-3"), negative.getMessage());
    Latencies latencies = new Latencies(MS_1_TO_200);
    assertThrows(IllegalArgumentException.class, () -> latencies.percentileMillis(0));
    assertThrows(IllegalArgumentException.class, () -> latencies.percentileMillis(1.5));
  }
}
