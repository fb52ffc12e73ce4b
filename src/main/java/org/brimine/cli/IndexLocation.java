package org.brimine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the index is: by default {@code index/} of the installation ({@code -Dbri.home}, set by
 * the {@code ./bri} launcher), else of the working folder.
 */
final class IndexLocation {
  @Option(names = "--index", paramLabel = "DIR",
      description = "the index folder (default: index/ of the bri installation)")
  Path index;

  static Path home() {
    return Path.of(System.getProperty("bri.home", "."));
  }

  /** The folder of the index; the Lucene files live in its {@code lucene/} subfolder. */
  Path indexRoot() {
    return index != null ? index : home().resolve("index");
  }

  /** The Lucene index folder. */
  Path lucene() {
    return indexRoot().resolve("lucene");
  }
}
