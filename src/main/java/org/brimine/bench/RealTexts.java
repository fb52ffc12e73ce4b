package org.brimine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.CorpusWriter;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.JsonLinesReader;
import org.brimine.ingest.ReadResult;
import org.brimine.model.AnnotatedPaper;
import org.brimine.parse.PaperParser;
import org.brimine.themes.ThemeStage;

/**
 * The real texts a synthetic corpus is made from, read, parsed, annotated and tagged exactly as
 * {@code bri ingest} does: the papers of a corpus folder (the seed paper) and the records of a
 * JSON Lines file (the news articles), copied into a corpus folder of their own. Annotation
 * results are cached beside it, so only the first run loads CoreNLP.
 */
public final class RealTexts {
  private RealTexts() {}

  /**
   * Annotates the real texts, in file order.
   *
   * @param corpus the corpus whose {@code papers/} are copied
   * @param articles JSON Lines records to add, or null
   * @param work where the copied corpus ({@code corpus/}) and annotation cache ({@code cache/})
   *     are kept between runs
   * @param themes the product's theme stage
   * @param threads annotation threads
   */
  public static List<AnnotatedPaper> annotate(Path corpus, Path articles, Path work,
      ThemeStage themes, int threads)
      throws IOException {
    Path copy = work.resolve("corpus");
    Path papers = copy.resolve(CorpusReader.PAPERS);
    Files.createDirectories(papers);
    try (Stream<Path> files = Files.list(corpus.resolve(CorpusReader.PAPERS))) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Files.copy(file, papers.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    if (articles != null) {
      CorpusWriter writer = new CorpusWriter(copy);
      for (BibRecord r : JsonLinesReader.scraped().read(articles).records()) {
        writer.write(r.metadata().title(), r.text(), r.metadata());
      }
    }
    CorpusReader reader = new CorpusReader(IngestLimits.DEFAULT);
    PaperParser parser = new PaperParser();
    PaperAnnotator annotator = new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT),
        Gazetteer::load, new AnnotationCache(work.resolve("cache"),
            AnnotationCache.fingerprint(NerMode.PRODUCT)));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AnnotatedPaper>> pending = new ArrayList<>();
      for (Path file : reader.documents(copy)) {
        ReadResult read = reader.read(copy, file);
        if (read.ok()) {
          pending.add(pool.submit(() -> themes.apply(annotator.annotate(parser.parse(read.paper())))));
        }
      }
      List<AnnotatedPaper> result = new ArrayList<>();
      for (Future<AnnotatedPaper> f : pending) {
        result.add(f.get());
      }
      return result;
    } catch (ExecutionException e) {
      throw new IOException("annotating the real texts failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while annotating the real texts", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
