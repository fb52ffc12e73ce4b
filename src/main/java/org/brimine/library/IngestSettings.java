package org.brimine.library;

/**
 * How an ingest run goes.
 *
 * @param batch papers per committed batch
 * @param threads annotation threads
 * @param rebuild re-index every file, also those whose content is already indexed, and commit
 *     once at the end instead of every batch: each commit costs a flush, a sync and a refresh
 *     (a quarter of a rebuild's time on 129 papers), and until the end searches see the old
 *     index, which a crash leaves whole
 */
public record IngestSettings(int batch, int threads, boolean rebuild) {
  public IngestSettings {
    if (batch < 1) {
      throw new IllegalArgumentException("batch must be at least 1, got " + batch);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }
}
