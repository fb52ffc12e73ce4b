package org.brimine.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.annotate.Embedder;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.annotate.PaperVectors;
import org.brimine.eval.CollectionDoc;
import org.brimine.eval.Evaluation;
import org.brimine.eval.Measures;
import org.brimine.eval.Qrels;
import org.brimine.eval.ScoredDoc;
import org.brimine.eval.Topic;
import org.brimine.index.HanText;
import org.brimine.index.Stemming;
import org.brimine.library.EmbeddedQueries;
import org.brimine.library.StageFactory;
import org.brimine.search.Fusion;
import org.brimine.search.RankedRecord;
import org.brimine.search.PlainBm25;
import org.brimine.search.QueryVectors;
import org.brimine.search.RecordSearcher;
import org.brimine.search.Retrieval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bri eval retrieval}: indexes a test collection in a temporary folder exactly as the
 * product indexes papers, runs every query through the product's ranking and through a plain
 * BM25 baseline, and prints MAP, nDCG@10, P@10 and R@100 of both from the same run.
 */
@Command(name = "retrieval", mixinStandardHelpOptions = true,
    description = {"Measure ranking quality on a test collection: the product's analyzers, fields "
        + "and ranking against plain BM25 (k1=1.2, b=0.75, StandardAnalyzer, one field), with "
        + "trec_eval's MAP, nDCG@10 (graded), P@10 and R@100 over the judged queries.",
        "Ranking options override the product's defaults, to try settings."})
final class EvalRetrievalCommand implements Callable<Integer> {
  @Option(names = "--docs", required = true, paramLabel = "FILE",
      description = "documents, JSON Lines {id, title, author, text}; content stands for an"
          + " absent text and url for an absent id (the shared news articles)")
  Path docs;

  @Option(names = "--queries", required = true, paramLabel = "FILE",
      description = "queries, tab-separated: id, (other columns), text")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE",
      description = "TREC judgements: qid iter docid grade (grade > 0 relevant)")
  Path qrels;

  @Option(names = "--depth", defaultValue = "1000",
      description = "documents ranked per query (default: ${DEFAULT-VALUE}, as trec_eval runs)")
  int depth;

  @Option(names = "--runs", paramLabel = "DIR",
      description = "also write the TREC run files product.run and baseline.run here")
  Path runs;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--fusion", split = ",", paramLabel = "FUSION",
      description = "hybrid rows to measure: rrf, rrf:K or weighted:W (dense share W), comma "
          + "separated (default: the product's fusion)")
  List<String> fusions;

  @Mixin
  VectorOptions vectorOptions;

  @Option(names = "--zh-instruction", negatable = true,
      defaultValue = "" + StageFactory.CHINESE_QUERY_INSTRUCTION, fallbackValue = "true",
      description = "put BGE's retrieval instruction before a Chinese query (default: the "
          + "product's, ${DEFAULT-VALUE})")
  boolean zhInstruction;


  @Mixin
  RankingOptions rankingOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (depth < 1 || depth > 10_000) {
      throw new ParameterException(spec.commandLine(),
          "--depth must be 1 to 10000, got " + depth);
    }
    long started = System.nanoTime();
    var ranking = rankingOptions.ranking();
    Retrieval retrieval = rankingOptions.retrieval();
    // the product's own fusion first: the product row is it, whatever --fusion lists
    List<Fusion> hybrids = Stream.concat(Stream.of(retrieval.fusion()),
        fusions == null ? Stream.empty() : fusions.stream().map(Fusion::of)).distinct().toList();
    Stemming stemming = rankingOptions.stemming();
    HanText han = rankingOptions.han();
    List<CollectionDoc> collection = CollectionDoc.read(docs);
    List<Topic> topics = Topic.read(queries);
    Qrels judgements = Qrels.read(qrels);
    MiniLmEmbedder english = vectorOptions.english();
    Embedder chinese = vectorOptions.chinese();
    PaperVectors vectors = vectorOptions.paperVectors(chinese);
    QueryVectors queryVectors = new EmbeddedQueries(english, chinese,
        zhInstruction && chinese instanceof BgeSmallZhEmbedder
            ? BgeSmallZhEmbedder.QUERY_INSTRUCTION : "");

    Map<String, List<ScoredDoc>> lexicalRun = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> denseRun = new LinkedHashMap<>();
    List<Map<String, List<ScoredDoc>>> hybridRuns = new ArrayList<>();
    // what the product ranks (the lexical matches re-ranked), and both whole rankings fused
    List<Map<String, List<ScoredDoc>>> wholeRuns = new ArrayList<>();
    hybrids.forEach(h -> hybridRuns.add(new LinkedHashMap<>()));
    hybrids.forEach(h -> wholeRuns.add(new LinkedHashMap<>()));
    Map<String, List<ScoredDoc>> baselineRun = new LinkedHashMap<>();
    Map<String, List<ScoredDoc>> productRun = new LinkedHashMap<>();
    CollectionIndex indexed;
    Path work = Files.createTempDirectory("bri-eval");
    try {
      Path index = work.resolve("lucene");
      indexed = CollectionIndex.write(collection, index, stemming, han, vectors);
      try (RecordSearcher searcher = RecordSearcher.open(index, ranking, stemming, han)) {
        for (Topic topic : topics) {
          List<RankedRecord> lexical =
              searcher.rankings().lexical(RecordSearcher.escape(topic.text()), depth);
          float[] vector = queryVectors.of(topic.text()).orElse(null);
          String field = queryVectors.field(topic.text());
          List<RankedRecord> dense = vector == null ? List.of()
              : searcher.rankings().dense(vector, field, depth);
          lexicalRun.put(topic.id(), CollectionIndex.scored(lexical));
          denseRun.put(topic.id(), CollectionIndex.scored(dense));
          for (int i = 0; i < hybrids.size(); i++) {
            hybridRuns.get(i).put(topic.id(), CollectionIndex.scored(vector == null ? lexical
                : searcher.rankings().hybrid(RecordSearcher.escape(topic.text()), vector, field,
                    hybrids.get(i), depth)));
            wholeRuns.get(i).put(topic.id(),
                CollectionIndex.scored(hybrids.get(i).fuse(lexical, dense, depth)));
          }
          productRun.put(topic.id(), switch (retrieval.mode()) {
            case LEXICAL -> lexicalRun.get(topic.id());
            case DENSE -> denseRun.get(topic.id());
            case HYBRID -> retrieval.reranks(topic.text()) ? hybridRuns.get(0).get(topic.id())
                : lexicalRun.get(topic.id());
          });
        }
      }
    } finally {
      PathUtils.deleteDirectory(work);
    }
    Map<String, String> textById = new LinkedHashMap<>();
    collection.forEach(d -> textById.put(d.id(), d.text()));
    try (PlainBm25 baseline = PlainBm25.of(textById)) {
      for (Topic topic : topics) {
        baselineRun.put(topic.id(), CollectionIndex.scored(baseline.rank(topic.text(), depth)));
      }
    }
    Evaluation lexical = Evaluation.of(lexicalRun, judgements);
    Evaluation dense = Evaluation.of(denseRun, judgements);
    List<Evaluation> hybrid = hybridRuns.stream().map(r -> Evaluation.of(r, judgements)).toList();
    List<Evaluation> whole = wholeRuns.stream().map(r -> Evaluation.of(r, judgements)).toList();
    Evaluation baseline = Evaluation.of(baselineRun, judgements);
    Evaluation product = Evaluation.of(productRun, judgements);
    if (runs != null) {
      writeRun(runs.resolve("product.run"), productRun, "bri");
      writeRun(runs.resolve("lexical.run"), lexicalRun, "lexical");
      writeRun(runs.resolve("dense.run"), denseRun, "dense");
      writeRun(runs.resolve("hybrid.run"), hybridRuns.get(0), "hybrid");
      writeRun(runs.resolve("baseline.run"), baselineRun, "bm25");
    }

    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.pretty(new EvalJson.Retrieval(product.queries(),
          EvalJson.Rounded.of(product.mean()), EvalJson.Rounded.of(baseline.mean()),
          EvalJson.Rounded.of(lexical.mean()), EvalJson.Rounded.of(dense.mean()),
          EvalJson.Rounded.of(hybrid.get(0).mean()))));
    } else {
      out.printf(Locale.ROOT, "%d documents, %d queries, %d with judgements; depth %d.%n",
          collection.size(), topics.size(), product.queries(), depth);
      out.println("product ranking: " + retrieval.describe() + "; lexical: "
          + rankingOptions.describe(ranking, stemming) + "; Chinese " + han.label());
      out.printf(Locale.ROOT, "vectors: %s, %d of %d documents (%s); embedding %.1f s, %.1f"
          + " documents/s%n", english.name(), indexed.embedded(), collection.size(),
          chinese == null ? "Chinese-only ones have none" : "Chinese-only ones by "
          + chinese.name() + (zhInstruction && chinese instanceof BgeSmallZhEmbedder
              ? ", queries with its instruction" : ""), indexed.embedNanos() / 1e9,
          indexed.embedded() == 0 ? 0 : indexed.embedded() / (indexed.embedNanos() / 1e9));
      out.println();
      out.println("| run | MAP | nDCG@10 | P@10 | R@100 |");
      out.println("| --- | ---: | ---: | ---: | ---: |");
      row(out, "product", product.mean());
      row(out, "lexical", lexical.mean());
      row(out, "dense", dense.mean());
      for (int i = 0; i < hybrids.size(); i++) {
        row(out, "hybrid, " + hybrids.get(i).describe(), hybrid.get(i).mean());
      }
      for (int i = 0; i < hybrids.size(); i++) {
        row(out, "both whole rankings fused (not the product's), " + hybrids.get(i).describe(),
            whole.get(i).mean());
      }
      row(out, "baseline (BM25, StandardAnalyzer, one field)", baseline.mean());
      out.println();
      out.printf(Locale.ROOT, "eval retrieval: %d queries, product MAP %.4f vs baseline %.4f "
          + "(%+.1f%%), nDCG@10 %.4f vs %.4f (%+.1f%%) in %s%n", product.queries(),
          product.mean().map(), baseline.mean().map(),
          change(product.mean().map(), baseline.mean().map()), product.mean().ndcg10(),
          baseline.mean().ndcg10(), change(product.mean().ndcg10(), baseline.mean().ndcg10()),
          Timing.seconds(started));
    }
    out.flush();
    return 0;
  }

  private static double change(double product, double baseline) {
    return baseline == 0 ? 0 : (product / baseline - 1) * 100;
  }

  private static void row(PrintWriter out, String name, Measures m) {
    out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f |%n", name, m.map(), m.ndcg10(),
        m.p10(), m.recall100());
  }

  /** Writes a run in TREC format, ranked as trec_eval will rank it, for checking with it. */
  private static void writeRun(Path file, Map<String, List<ScoredDoc>> run, String tag)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<ScoredDoc>> q : new TreeMap<>(run).entrySet()) {
        List<ScoredDoc> sorted = q.getValue().stream()
            .sorted(org.brimine.eval.TrecMeasures.TREC_ORDER).toList();
        for (int i = 0; i < sorted.size(); i++) {
          w.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", q.getKey(),
              sorted.get(i).id(), i + 1, sorted.get(i).score(), tag));
        }
      }
    }
  }
}
