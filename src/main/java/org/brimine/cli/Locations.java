package org.brimine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the corpus and the index are: by default {@code corpus/} and {@code index/} of the
 * installation ({@code -Dbri.home}, set by the {@code ./bri} launcher), else of the working
 * folder.
 */
final class Locations {
  @Option(names = "--index", paramLabel = "DIR",
      description = "the index folder (default: index/ of the bri installation)")
  Path index;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "the corpus folder (default: corpus/ of the bri installation)")
  Path corpus;

  private static Path home() {
    return Path.of(System.getProperty("bri.home", "."));
  }

  /** The corpus root. */
  Path corpus() {
    return corpus != null ? corpus : home().resolve("corpus");
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
