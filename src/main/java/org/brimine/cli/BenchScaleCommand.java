package org.brimine.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.brimine.annotate.PaperVectors;
import org.brimine.bench.HeapPeak;
import org.brimine.bench.RealMaterial;
import org.brimine.bench.RealTexts;
import org.brimine.bench.ScaleIndexer;
import org.brimine.bench.ScaleSpec;
import org.brimine.bench.SyntheticPapers;
import org.brimine.bench.SyntheticVectors;
import org.brimine.index.RecordWriter;
import org.brimine.library.IndexCounts;
import org.brimine.library.StageFactory;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.PaperVector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench scale}: builds a synthetic corpus of N papers from the real texts and indexes
 * it, for speed measurements only; prints indexing throughput, index size per paper and peak heap.
 */
@Command(name = "scale", mixinStandardHelpOptions = true,
    description = {"Build a SYNTHETIC corpus of N papers and its index, FOR SPEED MEASUREMENTS "
        + "ONLY: each paper recombines real annotated paragraphs (the corpus papers and the news "
        + "articles, annotated once by the product pipeline and cached), with a year, venue, "
        + "authors and references drawn like the real ones, a fixed seed making it reproducible. "
        + "The papers are not real literature. Writes DIR/lucene (search it with --index DIR), "
        + "DIR/synthetic.json (what was made, marked synthetic) and DIR/real (the real texts and "
        + "their annotation cache)."})
final class BenchScaleCommand implements Callable<Integer> {
  static final String METADATA = "synthetic.json";

  @Option(names = "--papers", defaultValue = "100000",
      description = "synthetic papers (default: ${DEFAULT-VALUE})")
  int papers;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "output folder, outside the repository (e.g. /tmp/bri-scale)")
  Path out;

  @Option(names = "--vectors", description = "give each paper a vector (MiniLM's, recombined "
      + "from the real texts' vectors: see bench/SyntheticVectors), for hybrid search latency")
  boolean vectors;

  @Option(names = "--seed", defaultValue = "2013", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--articles", paramLabel = "FILE",
      defaultValue = "../shared/data/bri-news-dev/articles.jsonl",
      description = "real JSON Lines records (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "real corpus whose papers are used too (default: corpus/ of the bri installation)")
  Path corpus;

  @Option(names = "--threads", description = "threads making papers (default: cores)")
  Integer threads;

  @Option(names = "--batch", defaultValue = "10000",
      description = "papers per committed batch (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--segments", defaultValue = "1",
      description = "merge the index down to this many segments at the end, as an index that "
          + "is searched far more than written would be; 0 keeps the segments the batches made "
          + "(default: ${DEFAULT-VALUE})")
  int segments;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (segments < 0) {
      throw new UsageException("--segments must be 0 or more, got " + segments);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Path lucene = out.resolve("lucene");
    Path metadata = out.resolve(METADATA);
    if (Files.exists(lucene) && !Files.exists(metadata)) {
      throw new IOException(lucene + " exists and was not made by bri bench scale: "
          + "choose another --out");
    }
    if (Files.exists(lucene)) {
      PathUtils.deleteDirectory(lucene);
    }
    Files.createDirectories(out);
    Files.writeString(out.resolve("README.md"), "# " + SyntheticPapers.NOTICE + "\n\n"
        + "Made by `bri bench scale`; see " + METADATA + " and BENCHMARKS.md of bri-miner.\n");

    long t0 = System.nanoTime();
    Path realCorpus = corpus != null ? corpus : IndexLocation.home().resolve("corpus");
    List<AnnotatedPaper> real = RealTexts.annotate(realCorpus, articles, out.resolve("real"),
        StageFactory.themes(), cores);
    double realSeconds = (System.nanoTime() - t0) / 1e9;
    RealMaterial material = RealMaterial.of(real);
    ScaleSpec scale = ScaleSpec.of(papers, seed);
    SyntheticPapers generator = new SyntheticPapers(material, scale);

    SyntheticVectors synthetic = null;
    if (vectors) {
      // the real texts embedded once (cached under OUT/real/vectors), recombined per paper
      PaperVectors model = StageFactory.vectors(out.resolve("real").resolve("vectors"), 0);
      List<PaperVector> realVectors = new java.util.ArrayList<>();
      for (AnnotatedPaper p : real) {
        // one model's vectors only (SyntheticVectors sums pairs): the English model's
        model.of(p.parsed()).filter(v -> v.model().equals(model.english().name()))
            .ifPresent(realVectors::add);
      }
      synthetic = new SyntheticVectors(realVectors, seed, 0.05);
    }
    HeapPeak.reset();
    ScaleIndexer.Run run = new ScaleIndexer(generator, StageFactory.themes(), cores, batch,
        synthetic).index(lucene);
    long heap = HeapPeak.mib();
    long merging = System.nanoTime();
    if (segments > 0) {
      try (RecordWriter writer = RecordWriter.open(lucene)) {
        writer.forceMerge(segments);
      }
    }
    double mergeSeconds = (System.nanoTime() - merging) / 1e9;
    long indexBytes = size(lucene);
    Locations where = new Locations();
    where.where.index = out;
    String counts = IndexCounts.of(where.library());

    Metadata meta = new Metadata(true, SyntheticPapers.NOTICE,
        "bri bench scale --papers " + papers + " --seed " + seed, scale, real.size(),
        material.paragraphs().size(), String.valueOf(articles), realCorpus.toString(), counts,
        segments > 0 ? String.valueOf(segments) : "as written", indexBytes, run.years(),
        run.venues(), citationSummary(run.citedBy()));
    Files.writeString(metadata, Json.pretty(meta) + "\n", StandardCharsets.UTF_8);

    report(stdout, real.size(), material, realSeconds, run, heap, indexBytes, counts, cores);
    if (segments > 0) {
      stdout.printf(Locale.ROOT, "%nMerged down to %d segment(s) in %.1f s.%n", segments,
          mergeSeconds);
    }
    stdout.flush();
    return 0;
  }

  private void report(PrintWriter w, int realTexts, RealMaterial material, double realSeconds,
      ScaleIndexer.Run run, long heap, long indexBytes, String counts, int cores) {
    double wall = run.wallNanos() / 1e9;
    double write = run.writeNanos() / 1e9;
    double mb = run.textBytes() / 1e6;
    w.printf(Locale.ROOT, "## Scale corpus (%s): SYNTHETIC, for speed only%n%n",
        java.time.LocalDate.now());
    w.printf(Locale.ROOT, "%,d synthetic papers (seed %d) from %d real texts (%,d paragraphs), "
        + "annotated or read from the cache in %.1f s; %s; %d threads making papers; max heap "
        + "%d MiB.%n%n", run.papers(), seed, realTexts, material.paragraphs().size(), realSeconds,
        counts, cores, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    w.println("| measure | value |");
    w.println("| --- | ---: |");
    w.printf(Locale.ROOT, "| text indexed | %,.1f MB (%,.0f bytes a paper) |%n", mb,
        (double) run.textBytes() / run.papers());
    w.printf(Locale.ROOT, "| whole run: make, theme stage, write, commit | %.1f s: %,.0f papers/s,"
        + " %.2f MB/s |%n", wall, run.papers() / wall, mb / wall);
    w.printf(Locale.ROOT, "| RecordWriter only (write + commit) | %.1f s: %,.0f papers/s, %.2f "
        + "MB/s |%n", write, run.papers() / write, mb / write);
    w.printf(Locale.ROOT, "| index size | %,.1f MB: %,.1f KB a paper (reference records "
        + "included) |%n", indexBytes / 1e6, indexBytes / 1e3 / run.papers());
    w.printf(Locale.ROOT, "| peak heap while indexing | %,d MiB |%n", heap);
    CitationSummary cites = citationSummary(run.citedBy());
    w.printf(Locale.ROOT, "| cited works | %s |%n", cites);
  }

  /** What {@value #METADATA} says of the synthetic corpus, in this order. */
  @JsonPropertyOrder({"synthetic", "notice", "generator", "spec", "realTexts", "realParagraphs",
      "articles", "corpus", "index", "segments", "indexBytes", "papersPerYear", "papersPerVenue",
      "citedBy"})
  record Metadata(boolean synthetic, String notice, String generator, ScaleSpec spec,
      int realTexts, int realParagraphs, String articles, String corpus, String index,
      String segments, long indexBytes, Map<Integer, Integer> papersPerYear,
      Map<String, Integer> papersPerVenue, CitationSummary citedBy) {}

  /** How the synthetic papers cite the works of the reference pool. */
  @JsonPropertyOrder({"works", "citations", "mostCited", "median", "citedOnce", "top10"})
  record CitationSummary(int works, long citations, int mostCited, int median, long citedOnce,
      List<Integer> top10) {
    @Override
    public String toString() {
      return "{works=" + works + ", citations=" + citations + ", mostCited=" + mostCited
          + ", median=" + median + ", citedOnce=" + citedOnce + ", top10=" + top10 + "}";
    }
  }

  private static CitationSummary citationSummary(Map<String, Integer> citedBy) {
    List<Integer> counts = new ArrayList<>(citedBy.values());
    counts.sort(Comparator.reverseOrder());
    long once = counts.stream().filter(c -> c == 1).count();
    return new CitationSummary(counts.size(),
        counts.stream().mapToLong(Integer::longValue).sum(),
        counts.isEmpty() ? 0 : counts.get(0),
        counts.isEmpty() ? 0 : counts.get(counts.size() / 2), once,
        List.copyOf(counts.subList(0, Math.min(10, counts.size()))));
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
