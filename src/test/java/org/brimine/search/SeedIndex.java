package org.brimine.search;

import java.io.IOException;
import java.nio.file.Path;
import org.brimine.Fixtures;
import org.brimine.index.RecordWriter;
import org.brimine.parse.PaperParser;

/** Builds a real index of the seed paper in a folder, for search tests. */
final class SeedIndex {
  private SeedIndex() {}

  static void build(Path dir) throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(new PaperParser().parse(Fixtures.seed()));
      writer.commit();
    }
  }
}
