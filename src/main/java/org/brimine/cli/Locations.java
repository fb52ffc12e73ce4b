package org.brimine.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the corpus and the index are; see {@link IndexLocation} for the defaults. */
public final class Locations {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "the corpus folder (default: corpus/ of the bri installation)")
  Path corpus;

  /** The corpus root. */
  public Path corpus() {
    return corpus != null ? corpus : IndexLocation.home().resolve("corpus");
  }

  /** The folder of the index. */
  public Path indexRoot() {
    return where.indexRoot();
  }

  /** The Lucene index folder. */
  public Path lucene() {
    return where.lucene();
  }
}
