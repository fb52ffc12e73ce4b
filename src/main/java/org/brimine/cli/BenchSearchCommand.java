package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import org.brimine.bench.BenchQueries;
import org.brimine.bench.FloorSearcher;
import org.brimine.bench.HeapPeak;
import org.brimine.bench.Latencies;
import org.brimine.library.StageFactory;
import org.brimine.search.Ranking;
import org.brimine.search.Retrieval;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench search}: latency of a fixed query set through the product's searcher (what
 * {@code bri search --facets} and the web page run: default ranking, passages, facet counts) and
 * through a bare Lucene IndexSearcher on the same index (the floor), after a warm-up, over several
 * runs; prints the median, min and max over runs of each run's p50 and p99.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search latency over a fixed query set (bundled: 200+ queries of mixed "
        + "shapes), product (default ranking, highlights, facets) vs a bare Lucene "
        + "IndexSearcher on the same index. Build a large index first with 'bri bench scale' "
        + "(a synthetic corpus, for speed only) and pass --index DIR."})
final class BenchSearchCommand implements Callable<Integer> {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--queries", paramLabel = "FILE",
      description = "queries, one a line (default: the bundled set)")
  Path queries;

  @Option(names = "--runs", defaultValue = "5", description = "measured runs (default: ${DEFAULT-VALUE})")
  int runs;

  // NOTE: the product's searches reach their steady speed only after some 2,500 of them (ten
  // runs: the JIT compiler has the ranking, the passages and the facet count to compile); after
  // three runs its median was still 40-70% above it on 100k papers. The floor moves from run to
  // run by more than it gains after the first.
  @Option(names = "--warmup", defaultValue = "12",
      description = "warm-up runs, not measured; the JIT compiler needs about ten "
          + "(default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--limit", defaultValue = "10", description = "hits a query (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--retrieval", defaultValue = "hybrid", description = "lexical, dense or "
      + "hybrid (the product's fusion; the query's embedding is timed too; default: "
      + "${DEFAULT-VALUE})")
  String retrieval;

  @Spec
  CommandSpec spec;

  private long sink;

  @Override
  public Integer call() throws IOException {
    if (runs < 1 || warmup < 0) {
      throw new UsageException("--runs must be 1 or more and --warmup 0 or more, got --runs "
          + runs + " --warmup " + warmup);
    }
    PrintWriter out = spec.commandLine().getOut();
    List<BenchQueries> set = BenchQueries.load(queries);
    long[][] warmProduct = new long[warmup][set.size()];
    long[][] warmFloor = new long[warmup][set.size()];
    long[][] product = new long[runs][set.size()];
    long[][] floor = new long[runs][set.size()];
    long zeroHits = 0;
    HeapPeak.reset();
    Retrieval chosen = Retrieval.of(retrieval, Retrieval.DEFAULT.fusion());
    try (RecordSearcher searcher = RecordSearcher.open(where.lucene(), Ranking.DEFAULT,
        org.brimine.themes.Taxonomy.load().ids(), chosen, StageFactory.queryVectors());
        FloorSearcher bare = FloorSearcher.open(where.lucene(), Ranking.DEFAULT)) {
      for (int w = 0; w < warmup; w++) {
        runProduct(searcher, set, warmProduct[w]);
        runFloor(bare, set, warmFloor[w]);
      }
      for (int r = 0; r < runs; r++) {
        runProduct(searcher, set, product[r]);
        runFloor(bare, set, floor[r]);
      }
      for (BenchQueries q : set) {
        if (searcher.search(new SearchRequest(q.text(), 0, limit, false)).total() == 0) {
          zeroHits++;
        }
      }
    }
    long heap = HeapPeak.mib();

    out.printf(Locale.ROOT, "## Search latency (%s)%n%n", java.time.LocalDate.now());
    out.printf(Locale.ROOT, "Index %s; %d queries (%d without hits); %d warm-up runs, %d measured"
        + " runs; %d hits a query; %d cores; max heap %d MiB, peak %d MiB.%n%n",
        where.lucene(), set.size(), zeroHits, warmup, runs, limit,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), heap);
    out.println("| searcher | p50 ms: median (min-max) | p99 ms: median (min-max) | mean ms |");
    out.println("| --- | ---: | ---: | ---: |");
    Stats p = new Stats(product);
    Stats f = new Stats(floor);
    row(out, "product: RecordSearcher.search, " + chosen.describe() + ", highlights, facets",
        p);
    row(out, "floor: bare IndexSearcher.search(query, " + limit + ")", f);
    out.printf(Locale.ROOT, "%nProduct p50 / floor p50: %.1fx (medians over runs).%n%n",
        p.median(l -> l.percentileMillis(0.5)) / f.median(l -> l.percentileMillis(0.5)));
    out.println("p50 ms of each run in order, warm-up runs first (the JIT compiler's work shows"
        + " as the early runs' higher figures):");
    out.println();
    out.println("- product: " + byRun(warmProduct) + " | " + byRun(product));
    out.println("- floor: " + byRun(warmFloor) + " | " + byRun(floor));
    out.println();
    shapes(out, set, product, floor);
    slowest(out, set, product, 10);
    out.flush();
    return 0;
  }

  private void runProduct(RecordSearcher searcher, List<BenchQueries> set, long[] nanos)
      throws IOException {
    for (int i = 0; i < set.size(); i++) {
      long t = System.nanoTime();
      sink += searcher.search(new SearchRequest(set.get(i).text(), 0, limit, true)).total();
      nanos[i] = System.nanoTime() - t;
    }
  }

  private void runFloor(FloorSearcher bare, List<BenchQueries> set, long[] nanos)
      throws IOException {
    for (int i = 0; i < set.size(); i++) {
      long t = System.nanoTime();
      sink += bare.search(set.get(i).text(), limit);
      nanos[i] = System.nanoTime() - t;
    }
  }

  /** Each run's latencies, and summaries over runs. */
  private record Stats(List<Latencies> perRun) {
    Stats(long[][] nanos) {
      this(Arrays.stream(nanos).map(Latencies::new).toList());
    }

    double[] sorted(ToDoubleFunction<Latencies> measure) {
      return perRun.stream().mapToDouble(measure).sorted().toArray();
    }

    double median(ToDoubleFunction<Latencies> measure) {
      double[] v = sorted(measure);
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    String summary(ToDoubleFunction<Latencies> measure) {
      double[] v = sorted(measure);
      return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median(measure), v[0],
          v[v.length - 1]);
    }
  }

  private static void row(PrintWriter out, String name, Stats s) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %.2f |%n", name,
        s.summary(l -> l.percentileMillis(0.5)), s.summary(l -> l.percentileMillis(0.99)),
        s.median(Latencies::meanMillis));
  }

  private static void shapes(PrintWriter out, List<BenchQueries> set, long[][] product,
      long[][] floor) {
    Map<String, List<Integer>> byShape = new LinkedHashMap<>();
    for (int i = 0; i < set.size(); i++) {
      byShape.computeIfAbsent(set.get(i).shape(), s -> new ArrayList<>()).add(i);
    }
    out.println("By shape (all runs pooled):");
    out.println();
    out.println("| shape | queries | product p50 ms | product p99 ms | floor p50 ms |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    byShape.forEach((shape, idx) -> {
      Latencies p = pooled(product, idx);
      Latencies f = pooled(floor, idx);
      out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", shape, idx.size(),
          p.percentileMillis(0.5), p.percentileMillis(0.99), f.percentileMillis(0.5));
    });
    out.println();
  }

  private static String byRun(long[][] nanos) {
    return String.join(" ", Arrays.stream(nanos).map(run -> String.format(Locale.ROOT, "%.2f",
        new Latencies(run).percentileMillis(0.5))).toList());
  }

  private static Latencies pooled(long[][] nanos, List<Integer> idx) {
    long[] all = new long[nanos.length * idx.size()];
    int k = 0;
    for (long[] run : nanos) {
      for (int i : idx) {
        all[k++] = run[i];
      }
    }
    return new Latencies(all);
  }

  private static void slowest(PrintWriter out, List<BenchQueries> set, long[][] product, int n) {
    List<Integer> order = new ArrayList<>();
    double[] median = new double[set.size()];
    for (int i = 0; i < set.size(); i++) {
      long[] v = new long[product.length];
      for (int r = 0; r < product.length; r++) {
        v[r] = product[r][i];
      }
      median[i] = new Latencies(v).percentileMillis(0.5);
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> median[i]).reversed());
    out.println("Slowest queries through the product (median over runs):");
    out.println();
    for (int i : order.subList(0, Math.min(n, order.size()))) {
      out.printf(Locale.ROOT, "- %.1f ms `%s` (%s)%n", median[i], set.get(i).text(),
          set.get(i).shape());
    }
  }
}
