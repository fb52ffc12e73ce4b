package org.brimine.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.brimine.ingest.CorpusReader;
import org.brimine.search.RecordSearcher;

/**
 * Whether a library's index is older than its corpus: what {@code bri serve} asks before it
 * serves, to ingest first when it is. Any ingest run's commit makes the index newer; an ingest
 * that found nothing new commits nothing, so it {@link #markCurrent marks} the index current.
 */
public final class Freshness {
  private Freshness() {}

  /**
   * Whether the index is missing, or a corpus file is newer than both the newest index file and
   * the mark of the last ingest.
   */
  public static boolean stale(Library library) throws IOException {
    Path lucene = library.lucene();
    if (!Files.isDirectory(lucene) || newest(lucene) == null
        || !RecordSearcher.exists(lucene)) {
      return true;
    }
    FileTime corpus = newest(library.corpus().resolve(CorpusReader.PAPERS));
    FileTime index = newest(lucene);
    Path stamp = stamp(library);
    if (Files.exists(stamp) && Files.getLastModifiedTime(stamp).compareTo(index) > 0) {
      index = Files.getLastModifiedTime(stamp);
    }
    return corpus != null && corpus.compareTo(index) > 0;
  }

  /** Marks the index as current with the corpus as it is now. */
  public static void markCurrent(Library library) throws IOException {
    Files.writeString(stamp(library), Instant.now() + "\n");
  }

  private static Path stamp(Library library) {
    return library.indexRoot().resolve("ingested.stamp");
  }

  private static FileTime newest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(Freshness::modified)
          .max(FileTime::compareTo).orElse(null);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
