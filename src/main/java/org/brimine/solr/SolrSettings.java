package org.brimine.solr;

import java.time.Duration;
import java.util.Objects;

/**
 * How records are sent to Solr.
 *
 * @param batchSize records per update request
 * @param retries how many times a failed request is sent again before giving up
 * @param firstPause the pause before the first retry; each next one doubles
 * @param maxPause the longest pause between two retries
 */
public record SolrSettings(int batchSize, int retries, Duration firstPause, Duration maxPause) {
  /** 500 records a batch; retried for about two minutes (a node restarting) before giving up. */
  public static final SolrSettings DEFAULT =
      new SolrSettings(500, 10, Duration.ofMillis(500), Duration.ofSeconds(20));

  public SolrSettings {
    if (batchSize < 1 || batchSize > 100_000) {
      throw new IllegalArgumentException("batch size must be 1 to 100000, got " + batchSize);
    }
    if (retries < 0 || retries > 1000) {
      throw new IllegalArgumentException("retries must be 0 to 1000, got " + retries);
    }
    Objects.requireNonNull(firstPause, "firstPause");
    Objects.requireNonNull(maxPause, "maxPause");
    if (firstPause.isNegative() || maxPause.compareTo(firstPause) < 0) {
      throw new IllegalArgumentException("pauses must be 0 or more and the longest not under the "
          + "first, got " + firstPause + " and " + maxPause);
    }
  }

  /** These settings with another batch size. */
  public SolrSettings withBatchSize(int size) {
    return new SolrSettings(size, retries, firstPause, maxPause);
  }
}
