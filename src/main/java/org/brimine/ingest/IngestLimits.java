package org.brimine.ingest;

/**
 * Limits on what the corpus reader accepts.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 */
public record IngestLimits(long maxFileBytes) {
  /**
   * The default limit: 20 MB, measured to ingest within the default {@code -Xmx4g} with room
   * to spare (50 MB finishes alone, without margin: {@code bri bench annotate}, BENCHMARKS.md).
   */
  public static final IngestLimits DEFAULT = new IngestLimits(20L * 1024 * 1024);

  public IngestLimits {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
    }
  }
}
