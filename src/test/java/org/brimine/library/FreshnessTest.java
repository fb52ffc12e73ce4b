package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.brimine.index.RecordWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code bri serve} finds the index older than the corpus, and so ingests first. */
class FreshnessTest {
  private static final Instant THEN = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir
  Path work;

  private Library library() {
    return new Library(work.resolve("corpus"), work.resolve("index"));
  }

  private Path paper(Instant modified) throws IOException {
    Path file = library().corpus().resolve("papers/a.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "A paper.\n");
    Files.setLastModifiedTime(file, FileTime.from(modified));
    return file;
  }

  private void emptyIndex(Instant modified) throws IOException {
    try (RecordWriter writer = RecordWriter.open(library().lucene())) {
      writer.commit();
    }
    try (Stream<Path> files = Files.list(library().lucene())) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, FileTime.from(modified));
      }
    }
  }

  @Test
  void aMissingIndexIsStale() throws IOException {
    paper(THEN);
    assertTrue(Freshness.stale(library()));
  }

  @Test
  void anIndexNewerThanEveryPaperIsCurrent() throws IOException {
    paper(THEN);
    emptyIndex(THEN.plusSeconds(60));
    assertFalse(Freshness.stale(library()));
  }

  @Test
  void aPaperNewerThanTheIndexMakesItStaleUntilMarkedCurrent() throws IOException {
    emptyIndex(THEN);
    paper(THEN.plusSeconds(60));
    assertTrue(Freshness.stale(library()));

    Freshness.markCurrent(library());
    assertFalse(Freshness.stale(library()), "an ingest that committed nothing marks it current");
  }
}
