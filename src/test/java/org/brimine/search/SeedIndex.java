package org.brimine.search;

import java.io.IOException;
import java.nio.file.Path;
import org.brimine.Fixtures;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.PaperParser;
import java.util.List;

/** Builds a real index of the seed paper in a folder, for search tests. */
final class SeedIndex {
  private SeedIndex() {}

  /** A paper as indexed without annotation: no sentences, no entities. */
  static AnnotatedPaper unannotated(ParsedPaper parsed) {
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  static void build(Path dir) throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(unannotated(new PaperParser().parse(Fixtures.seed())));
      writer.commit();
    }
  }
}
