package org.brimine.cli;

import java.nio.file.Path;
import org.brimine.library.Library;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the corpus and the index are; see {@link IndexLocation} for the defaults. */
final class Locations {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "the corpus folder (default: corpus/ of the bri installation)")
  Path corpus;

  /** The corpus root. */
  Path corpus() {
    return corpus != null ? corpus : IndexLocation.home().resolve("corpus");
  }

  /** The folder of the index. */
  Path indexRoot() {
    return where.indexRoot();
  }

  /** The Lucene index folder. */
  Path lucene() {
    return where.lucene();
  }

  /** Where the library is, for the application layer. */
  Library library() {
    return new Library(corpus(), indexRoot());
  }
}
