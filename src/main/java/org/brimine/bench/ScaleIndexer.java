package org.brimine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.CitedReference;
import org.brimine.model.PaperVector;
import org.brimine.themes.ThemeStage;

/**
 * Indexes a synthetic corpus through the product's own stages: each paper (made on a worker
 * thread) goes through the theme stage and then {@link RecordWriter}, in order, in committed
 * batches, as {@code bri ingest} writes papers from the annotation cache. Times the whole run and
 * the writer's share, and counts what was written.
 */
public final class ScaleIndexer {
  /**
   * What a run wrote and how long it took.
   *
   * @param papers papers written
   * @param wallNanos the whole run: making papers, theme stage, writing, commits
   * @param writeNanos time in the writer (write and commit) only
   * @param textBytes UTF-8 bytes of the papers' texts
   * @param years papers per year
   * @param venues papers per venue
   * @param citedBy for each cited work, how many papers cite it
   */
  public record Run(int papers, long wallNanos, long writeNanos, long textBytes,
      Map<Integer, Integer> years, Map<String, Integer> venues, Map<String, Integer> citedBy) {}

  private final SyntheticPapers generator;
  private final ThemeStage themes;
  private final int threads;
  private final int batch;
  private final IntFunction<PaperVector> vectors;

  public ScaleIndexer(SyntheticPapers generator, ThemeStage themes, int threads, int batch) {
    this(generator, themes, threads, batch, null);
  }

  /**
   * @param vectors gives synthetic paper i its vector ({@link SyntheticVectors}), or null for
   *     papers without vectors
   */
  public ScaleIndexer(SyntheticPapers generator, ThemeStage themes, int threads, int batch,
      IntFunction<PaperVector> vectors) {
    this.generator = generator;
    this.themes = themes;
    this.threads = threads;
    this.batch = batch;
    this.vectors = vectors;
  }

  public Run index(Path lucene) throws IOException {
    int n = generator.spec().papers();
    Map<Integer, Integer> years = new TreeMap<>();
    Map<String, Integer> venues = new TreeMap<>();
    Map<String, Integer> citedBy = new HashMap<>();
    long textBytes = 0;
    long writeNanos = 0;
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (RecordWriter writer = RecordWriter.open(lucene)) {
      Deque<Future<AnnotatedPaper>> pending = new ArrayDeque<>();
      int next = 0;
      int written = 0;
      while (written < n) {
        while (next < n && pending.size() < 4 * threads) {
          int i = next++;
          pending.add(pool.submit(() -> themes.apply(generator.paper(i))));
        }
        AnnotatedPaper paper = pending.poll().get();
        var meta = paper.parsed().paper().metadata();
        years.merge(meta.year(), 1, Integer::sum);
        venues.merge(meta.venue(), 1, Integer::sum);
        for (CitedReference cited : paper.parsed().references()) {
          citedBy.merge(cited.id(), 1, Integer::sum);
        }
        textBytes += paper.parsed().paper().text().getBytes(StandardCharsets.UTF_8).length;
        long t = System.nanoTime();
        writer.write(paper, vectors == null ? null : vectors.apply(written));
        written++;
        if (written % batch == 0 || written == n) {
          writer.commit();
        }
        writeNanos += System.nanoTime() - t;
      }
    } catch (ExecutionException e) {
      throw new IOException("making a synthetic paper failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while indexing the synthetic corpus", e);
    } finally {
      pool.shutdownNow();
    }
    return new Run(n, System.nanoTime() - started, writeNanos, textBytes, years, venues,
        citedBy);
  }
}
