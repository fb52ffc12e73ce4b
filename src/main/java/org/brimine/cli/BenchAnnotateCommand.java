package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.bench.HeapPeak;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.JsonLinesReader;
import org.brimine.library.IngestPipeline;
import org.brimine.library.IngestSettings;
import org.brimine.library.IngestSummary;
import org.brimine.library.StageFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench annotate}: how long one very long text takes to ingest, and the heap it
 * needs, at several sizes. The text is the real news articles one after another, repeated up to
 * each size; each size is ingested end to end (read, parse, annotate, themes, index, caches) as
 * one paper on one thread into a fresh index, with the CoreNLP pipeline loaded once for all.
 * What this measures is what the size limit of {@link IngestLimits#DEFAULT} rests on.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Benchmark ingesting one long text (the bri-news-dev articles repeated) at "
        + "several sizes: time and peak heap.")
final class BenchAnnotateCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "FILE",
      defaultValue = "../shared/data/bri-news-dev/articles.jsonl",
      description = "JSON Lines records whose texts are repeated (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--sizes", split = ",", defaultValue = "1,5,10",
      description = "text sizes in MB, comma-separated, run in this order (default: "
          + "${DEFAULT-VALUE})")
  List<Integer> sizes;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    for (int mb : sizes) {
      if (mb < 1) {
        throw new UsageException("--sizes must be at least 1 MB each, got " + mb);
      }
    }
    String articlesText = articlesText();
    long t0 = System.nanoTime();
    TextAnnotator product = TextAnnotator.load(NerMode.PRODUCT);
    double load = seconds(t0);
    out.printf(Locale.ROOT, "## Long-text benchmark (%s)%n%n", java.time.LocalDate.now());
    out.printf(Locale.ROOT, "One paper built from %s (%,d characters, repeated); %d cores; "
        + "max heap %d MiB; CoreNLP loaded once in %.1f s.%n%n", articles,
        articlesText.length(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), load);
    out.println("| size (MB) | characters | result | ingest (s) | characters/s | peak heap (MiB) |");
    out.println("| ---: | ---: | --- | ---: | ---: | ---: |");
    out.flush();
    int failures = 0;
    for (int mb : sizes) {
      String text = repeated(articlesText, mb * 1024L * 1024L);
      Path work = Files.createTempDirectory("bri-bench-annotate");
      try {
        Path corpus = work.resolve("corpus");
        Path file = corpus.resolve("papers").resolve("long-" + mb + "mb.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Locations where = new Locations();
        where.corpus = corpus;
        where.where.index = work.resolve("index");
        CorpusReader reader = new CorpusReader(new IngestLimits(Files.size(file) + 1));
        PaperAnnotator annotator = new PaperAnnotator(() -> product, Gazetteer::load,
            new AnnotationCache(where.indexRoot().resolve("cache"),
                AnnotationCache.fingerprint(NerMode.PRODUCT)));
        StringWriter errors = new StringWriter();
        System.gc();
        HeapPeak.reset();
        long t1 = System.nanoTime();
        IngestSummary summary;
        String result;
        try {
          summary = new IngestPipeline(reader,
              StageFactory.analysis(where.library(), annotator, System.err::println),
              new IngestSettings(1, 1, false), new IngestPrinter(
                  new PrintWriter(new StringWriter()), new PrintWriter(errors)))
              .run(corpus, List.of(file), where.lucene());
          result = summary.get(IngestSummary.Outcome.ADDED) == 1 ? "added"
              : "failed: " + errors.toString().strip().replace('\n', ' ');
        } catch (OutOfMemoryError e) {
          // NOTE: the benchmark exists to find this limit; the run's objects are garbage now
          result = "out of memory";
        }
        double work1 = seconds(t1);
        long heap = HeapPeak.mib();
        if (!result.equals("added")) {
          failures++;
        }
        out.printf(Locale.ROOT, "| %d | %,d | %s | %.1f | %,.0f | %,d |%n", mb, text.length(),
            result, work1, text.length() / work1, heap);
        out.flush();
      } finally {
        PathUtils.deleteDirectory(work);
      }
    }
    out.printf(Locale.ROOT, "%nbench annotate: %d sizes, %d failed%n", sizes.size(), failures);
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  /** The articles' titles and texts, each a paragraph of its own. */
  private String articlesText() throws IOException {
    StringBuilder s = new StringBuilder();
    for (BibRecord r : new JsonLinesReader().read(articles).records()) {
      if (r.metadata().title() != null) {
        s.append(r.metadata().title()).append("\n\n");
      }
      s.append(r.text().strip()).append("\n\n");
    }
    if (s.length() == 0) {
      throw new UsageException("no article texts in " + articles);
    }
    return s.toString();
  }

  /** The text repeated up to {@code bytes} UTF-8 bytes, ending at a paragraph break. */
  private static String repeated(String text, long bytes) {
    StringBuilder s = new StringBuilder();
    long size = 0;
    long unit = text.getBytes(StandardCharsets.UTF_8).length;
    while (size + unit <= bytes) {
      s.append(text);
      size += unit;
    }
    for (String paragraph : text.split("\n\n")) {
      long more = paragraph.getBytes(StandardCharsets.UTF_8).length + 2;
      if (size + more > bytes) {
        break;
      }
      s.append(paragraph).append("\n\n");
      size += more;
    }
    return s.toString();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
