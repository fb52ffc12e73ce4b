package org.brimine.library;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a library is: its corpus folder and its index folder, whose {@code lucene/} subfolder
 * holds the Lucene index and whose {@code cache/} subfolder the annotations and records.
 *
 * @param corpus the corpus root (with its {@code papers/} folder)
 * @param indexRoot the index folder
 */
public record Library(Path corpus, Path indexRoot) {
  public Library {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(indexRoot, "indexRoot");
  }

  /** The Lucene index folder. */
  public Path lucene() {
    return indexRoot.resolve("lucene");
  }

  /** The folder of the caches of annotations and records. */
  public Path cache() {
    return indexRoot.resolve("cache");
  }
}
