package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.io.file.PathUtils;
import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerAgreement;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.PaperVectors;
import org.brimine.annotate.TextAnnotator;
import org.brimine.bench.HeapPeak;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.CorpusWriter;
import org.brimine.ingest.IngestLimits;
import org.brimine.ingest.JsonLinesReader;
import org.brimine.library.IngestPipeline;
import org.brimine.library.IngestSettings;
import org.brimine.library.StageFactory;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.PaperParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench ingest}: end-to-end ingest throughput of the product against CoreNLP's
 * default pipeline on one thread, on the same texts in the same run; the speed of a rebuild
 * of the unchanged corpus (records read back from the cache the first ingest wrote, CoreNLP
 * never loaded); peak heap; and how many of the default pipeline's PERSON,
 * ORGANIZATION and LOCATION mentions the product also finds. Prints a Markdown report.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Benchmark ingest on a JSON Lines collection (default: the bri-news-dev "
        + "articles in ../shared/data): product vs CoreNLP's default pipeline.")
final class BenchIngestCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "FILE",
      defaultValue = "../shared/data/bri-news-dev/articles.jsonl",
      description = "JSON Lines records to ingest (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--threads", description = "annotation threads of the product (default: cores)")
  Integer threads;

  @Option(names = "--skip-default", description = "do not run CoreNLP's default pipeline")
  boolean skipDefault;

  @Option(names = "--rebuilds", defaultValue = "3",
      description = "rebuilds of the unchanged corpus, one after another in this JVM; the first "
          + "is the one compared (default: ${DEFAULT-VALUE})")
  int rebuilds;

  @Option(names = "--vectors", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "give papers their dense vectors, as ingest does (--no-vectors: none, to "
          + "measure what embedding costs; default: ${DEFAULT-VALUE})")
  boolean vectors;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Path work = Files.createTempDirectory("bri-bench");
    try {
      Path corpus = work.resolve("corpus");
      int documents = writeCorpus(corpus);
      Locations where = new Locations();
      where.corpus = corpus;
      where.where.index = work.resolve("index");
      CorpusReader reader = new CorpusReader(IngestLimits.DEFAULT);
      List<Path> files = reader.documents(corpus);

      HeapPeak.reset();
      long c0 = cpuNanos();
      long t0 = System.nanoTime();
      TextAnnotator product = TextAnnotator.load(NerMode.PRODUCT);
      double productLoad = seconds(t0);
      long c1 = cpuNanos();
      PaperAnnotator annotator = new PaperAnnotator(() -> product, Gazetteer::load,
          new AnnotationCache(where.indexRoot().resolve("cache"),
              AnnotationCache.fingerprint(NerMode.PRODUCT)));
      long t1 = System.nanoTime();
      var analysis = StageFactory.analysis(where.library(), annotator, System.err::println);
      new IngestPipeline(reader, vectors ? analysis : analysis.withoutVectors(),
          new IngestSettings(20, cores, false),
          new IngestPrinter(silent(), silent())).run(corpus, files, where.lucene());
      double firstIngest = seconds(t1);
      long c2 = cpuNanos();

      PaperAnnotator cached = new PaperAnnotator(() -> {
        throw new IllegalStateException("a rebuild of an unchanged corpus must not run CoreNLP");
      }, Gazetteer::load, new AnnotationCache(where.indexRoot().resolve("cache"),
          AnnotationCache.fingerprint(NerMode.PRODUCT)));
      double[] rebuildTimes = new double[Math.max(1, rebuilds)];
      for (int i = 0; i < rebuildTimes.length; i++) {
        long t2 = System.nanoTime();
        new IngestPipeline(reader,
            StageFactory.analysis(where.library(), cached, System.err::println),
            new IngestSettings(20, cores, true),
            new IngestPrinter(silent(), silent())).run(corpus, files, where.lucene());
        rebuildTimes[i] = seconds(t2);
      }
      double rebuild = rebuildTimes[0];
      long c3 = cpuNanos();
      long productHeap = HeapPeak.mib();

      List<AnnotatedText> texts = new ArrayList<>();
      List<ParsedPaper> parsed = new ArrayList<>();
      PaperParser parser = new PaperParser();
      for (Path file : files) {
        var read = reader.read(corpus, file);
        if (read.ok()) {
          parsed.add(parser.parse(read.paper()));
          AnnotatedPaper paper = cached.annotate(parsed.get(parsed.size() - 1));
          texts.add(paper.text());
        }
      }
      // the vectors again without their cache, to tell their part of the first ingest (which
      // embedded the same papers on its threads); the model is loaded already
      PaperVectors again = StageFactory.vectors((Path) null);
      long t5 = System.nanoTime();
      long c5 = cpuNanos();
      int embedded = 0;
      for (ParsedPaper p : parsed) {
        embedded += again.of(p).isPresent() ? 1 : 0;
      }
      double embedding = seconds(t5);
      double embeddingCpu = (cpuNanos() - c5) / 1e9;
      long tokens = texts.stream().mapToLong(t -> t.sentences().stream()
          .mapToLong(s -> s.tokens().size()).sum()).sum();

      out.printf(Locale.ROOT, "## Ingest benchmark (%s)%n%n", java.time.LocalDate.now());
      out.printf(Locale.ROOT, "%d documents from %s, %,d tokens; %d cores; product threads: %d;"
          + " max heap %d MiB.%n%n", documents, articles, tokens,
          Runtime.getRuntime().availableProcessors(), cores,
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      out.printf(Locale.ROOT, "Paper vectors (%s, title + abstract): %d papers embedded again"
          + " without the cache in %.1f s (%.1f s CPU), %.1f papers/s; %.0f%% of the first"
          + " ingest's work time, which %s.%n%n", again.english().name()
          + again.chinese().map(c -> ", Chinese " + c.name()).orElse(""), embedded, embedding,
          embeddingCpu, embedded / embedding, 100 * embedding / firstIngest,
          vectors ? "embedded them too" : "did not embed them (--no-vectors)");
      out.println("| run | load (s) | work (s) | tokens/s (work) | tokens/s (load + work) |");
      out.println("| --- | ---: | ---: | ---: | ---: |");
      row(out, "product: bri ingest, end to end, first run", productLoad, firstIngest, tokens);
      row(out, "product: bri ingest --rebuild, unchanged corpus", 0, rebuild, tokens);
      if (!skipDefault) {
        HeapPeak.reset();
        long t3 = System.nanoTime();
        TextAnnotator baseline = TextAnnotator.coreNlpOnly(NerMode.DEFAULT);
        double defaultLoad = seconds(t3);
        NerAgreement agreement = new NerAgreement();
        long t4 = System.nanoTime();
        List<AnnotatedText> defaults = new ArrayList<>();
        for (AnnotatedText text : texts) {
          defaults.add(baseline.annotate(text.text()));
        }
        double defaultWork = seconds(t4);
        for (int i = 0; i < texts.size(); i++) {
          agreement.add(texts.get(i), defaults.get(i));
        }
        row(out, "CoreNLP default tokenize,ssplit,pos,lemma,ner, 1 thread (annotation only)",
            defaultLoad, defaultWork, tokens);
        out.println();
        out.printf(Locale.ROOT, "Product end-to-end throughput / default: %.1fx (work), "
            + "%.1fx (load + work).%n", defaultWork / firstIngest,
            (defaultLoad + defaultWork) / (productLoad + firstIngest));
        out.printf(Locale.ROOT, "Peak heap: product run %d MiB; default pipeline run %d MiB.%n",
            productHeap, HeapPeak.mib());
        out.println();
        out.println("Mentions of the default pipeline that the product also finds:");
        out.println();
        out.print(agreement.report(15));
      } else {
        out.printf(Locale.ROOT, "%nPeak heap: product run %d MiB.%n", productHeap);
      }
      out.printf(Locale.ROOT, "%nCPU time of the process (all threads, JIT and GC included; "
          + "steadier than wall time on a busy machine): load %.1f s, first ingest %.1f s, "
          + "rebuilds %.1f s.%n", (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9);
      out.printf(Locale.ROOT, "%nRebuild from the cache vs first ingest: %.1fx faster "
          + "(first ingest counted with its CoreNLP load).%n",
          (productLoad + firstIngest) / rebuild);
      if (rebuildTimes.length > 1) {
        out.printf(Locale.ROOT, "Rebuilds one after another in this JVM (the first one compared "
            + "above; later ones run JIT-compiled code): %s s.%n", String.join(", ",
            java.util.Arrays.stream(rebuildTimes).mapToObj(
                t -> String.format(Locale.ROOT, "%.2f", t)).toList()));
      }
      out.flush();
      return 0;
    } finally {
      PathUtils.deleteDirectory(work);
    }
  }

  private int writeCorpus(Path corpus) throws IOException {
    JsonLinesReader.Result records = JsonLinesReader.scraped().read(articles);
    CorpusWriter writer = new CorpusWriter(corpus);
    for (BibRecord r : records.records()) {
      writer.write(r.metadata().title(), r.text(), r.metadata());
    }
    return records.records().size();
  }

  private static void row(PrintWriter out, String name, double load, double work, long tokens) {
    out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %,.0f | %,.0f |%n", name, load, work,
        tokens / work, tokens / (load + work));
  }

  /** The CPU time of this process so far, in nanoseconds. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static PrintWriter silent() {
    return new PrintWriter(new StringWriter());
  }
}
