package org.brimine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.ReadResult;
import org.brimine.model.Paper;

/**
 * The test fixtures: a corpus of the seed paper, and small texts, under src/test/resources.
 *
 * <p>NOTE: never the live {@code corpus/} of the repo, which a librarian changes with {@code bri
 * add}: tests copy {@link #CORPUS} into a temporary folder before they ingest it.
 */
public final class Fixtures {
  /** The test corpus: the seed paper with its metadata, as the repo's corpus first had it. */
  public static final Path CORPUS = Path.of("src/test/resources/corpus");
  /** The seed paper's text file. */
  public static final Path SEED = CORPUS.resolve(
      "papers/international-financial-cooperation-strategy-belt-and-road.txt");
  /** The seed's title, from its metadata sidecar. */
  public static final String SEED_TITLE =
      "International Financial Cooperation Strategy in the Context of the Belt and Road";

  private Fixtures() {}

  /** The seed paper read through the corpus reader, with its sidecar metadata. */
  public static Paper seed() {
    return read(CORPUS, SEED);
  }

  /** Reads one corpus file, failing the test when it is rejected. */
  public static Paper read(Path corpusRoot, Path file) {
    try {
      ReadResult result = new CorpusReader(IngestLimits.DEFAULT).read(corpusRoot, file);
      if (!result.ok()) {
        throw new AssertionError("fixture rejected: " + result.problem());
      }
      return result.paper();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A text resource under src/test/resources. */
  public static String resource(String path) {
    try {
      return Files.readString(Path.of("src/test/resources").resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
