package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.brimine.model.RecordKind;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed in the middle leaves the last committed batch readable, and running it again
 * finishes the work with every document exactly once. The ingest runs in a child JVM (the real
 * CLI) that is killed with {@code destroyForcibly} once its first batch is committed.
 */
class CrashSafetyTest {
  private static final int DOCUMENTS = 52;
  private static final int BATCH = 5;

  @TempDir
  Path work;

  @Test
  void aKilledIngestLeavesWholeBatchesAndARerunIndexesEveryDocumentOnce() throws Exception {
    Path corpus = work.resolve("corpus");
    Path papers = Files.createDirectories(corpus.resolve("papers"));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= DOCUMENTS; i++) {
      String slug = String.format("note-%02d", i);
      Files.writeString(papers.resolve(slug + ".txt"), "Abstract: Port " + i + " on the "
          + "Maritime Silk Road handled " + (i * 1000) + " containers in 2019.\n");
      expected.add("doc-" + slug);
    }
    Path index = work.resolve("index");
    Path lucene = index.resolve("lucene");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx3g", "-cp", System.getProperty("java.class.path"),
        "org.brimine.cli.Main", "ingest", "--corpus", corpus.toString(), "--index",
        index.toString(), "--batch", String.valueOf(BATCH), "--threads", "1")
        .redirectErrorStream(true).redirectOutput(work.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      while (papersIn(lucene) == 0) {
        assertTrue(child.isAlive(), "the child ended before its first commit: "
            + Files.readString(work.resolve("child.log")));
        assertTrue(System.nanoTime() < deadline, "no commit within 180 s");
        Thread.sleep(20);
      }
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }

    List<String> afterKill = paperIds(lucene);
    assertTrue(afterKill.size() < DOCUMENTS, "killed in the middle: " + afterKill.size());
    assertEquals(0, afterKill.size() % BATCH, "only whole batches: " + afterKill);
    assertEquals(afterKill.size(), afterKill.stream().distinct().count());
    assertEquals(expected.subList(0, afterKill.size()), afterKill);

    CliRun rerun = CliRun.of("ingest", "--corpus", corpus.toString(), "--index",
        index.toString(), "--batch", String.valueOf(BATCH));
    assertEquals(0, rerun.exitCode(), rerun.err());
    assertTrue(rerun.out().contains(DOCUMENTS + " files: " + (DOCUMENTS - afterKill.size())
        + " added, 0 replaced, " + afterKill.size() + " unchanged, 0 rejected"), rerun.out());
    assertEquals(expected, paperIds(lucene));
    assertEquals(IntStream.rangeClosed(1, DOCUMENTS).count(), paperIds(lucene).size());
  }

  /** How many papers the last commit holds; 0 when there is no commit yet. */
  private static long papersIn(Path lucene) {
    try (RecordSearcher searcher = RecordSearcher.open(lucene, Ranking.DEFAULT)) {
      return searcher.lookup().count(RecordKind.PAPER);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The ids of the papers of the last commit, sorted, repeats kept. */
  private static List<String> paperIds(Path lucene) throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(lucene, Ranking.DEFAULT)) {
      return searcher.lookup().list(SearchFilters.NONE.withKind(org.brimine.model.RecordKind.PAPER), 10_000).stream()
          .map(hit -> hit.id()).toList();
    }
  }
}
