package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brimine.bench.BackendComparison;
import org.brimine.bench.BackendComparison.Outcome;
import org.brimine.bench.Latencies;
import org.brimine.library.SolrPush;

/** The Markdown report of {@code bri bench solr}. */
final class SolrBenchReport {
  private final PrintWriter out;

  SolrBenchReport(PrintWriter out) {
    this.out = out;
  }

  /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}, else the JVM's 1 minute). */
  static String loadAverage() {
    Path proc = Path.of("/proc/loadavg");
    try {
      if (Files.isReadable(proc)) {
        String[] f = Files.readString(proc).strip().split("\\s+");
        return f[0] + " " + f[1] + " " + f[2];
      }
    } catch (IOException e) {
      // fall through to the JVM's figure
    }
    return String.format(Locale.ROOT, "%.2f",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  void head(Path lucene, int queries, int warmup, int runs) {
    out.printf(Locale.ROOT, "## SolrCloud against the local index (%s)%n%n",
        java.time.LocalDate.now());
    out.printf(Locale.ROOT, "Index %s; %d queries; %d warm-up and %d measured runs a side; "
        + "%d cores; max heap %d MiB; load average %s.%n%n", lucene, queries, warmup, runs,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), loadAverage());
    out.flush();
  }

  void line(String text) {
    out.println(text);
    out.println();
    out.flush();
  }

  void push(SolrPush.Pushed pushed, long nanos, int batch, int shards, int nodes, String load) {
    double seconds = nanos / 1e9;
    out.printf(Locale.ROOT, "Push (records of the local index, then a hard commit): %,d records "
        + "in %d batches of up to %d, %d retries, into %d shard%s%s: %.1f s, **%.0f records/s**"
        + " (load average %s before, %s after).%n%n", pushed.records(), pushed.batches(), batch,
        pushed.retries(), shards, shards == 1 ? "" : "s",
        nodes > 0 ? " on " + nodes + " local node" + (nodes == 1 ? "" : "s") : "", seconds,
        pushed.records() / seconds, load, loadAverage());
    out.flush();
  }

  void results(BackendComparison.Report report, int show) {
    List<Outcome> all = report.outcomes();
    out.printf(Locale.ROOT, "Agreement of the top %d (local: lexical ranking; Solr: edismax "
        + "with ExactStatsCache):%n%n", BenchSolrCommand.TOP);
    out.println("| shape | queries | same ids and order | same ranking up to ties | same scores "
        + "| overlap@10 | same total | facets compared | facets equal |");
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    Map<String, List<Outcome>> byShape = new LinkedHashMap<>();
    all.forEach(o -> byShape.computeIfAbsent(o.query().shape(), s -> new ArrayList<>()).add(o));
    byShape.forEach((shape, list) -> row(shape, list));
    row("**all**", all);
    long failed = all.stream().filter(o -> o.failure() != null).count();
    out.printf(Locale.ROOT, "%n%d queries failed on Solr.%n%n", failed);
    differing(all, show);
    latency(report);
    out.flush();
  }

  private void row(String shape, List<Outcome> list) {
    int n = list.size();
    long exact = list.stream().filter(o -> o.agreement() != null && o.agreement().exact())
        .count();
    long ties = list.stream().filter(o -> o.agreement() != null && o.agreement().upToTies())
        .count();
    long scores = list.stream().filter(o -> o.agreement() != null
        && o.agreement().sameScores()).count();
    double overlap = list.stream().mapToDouble(o -> o.agreement() == null ? 0
        : o.agreement().overlap()).average().orElse(0);
    long totals = list.stream().filter(o -> o.localTotal() == o.otherTotal()).count();
    long compared = list.stream().filter(o -> o.facetsEqual() != null).count();
    long equal = list.stream().filter(o -> Boolean.TRUE.equals(o.facetsEqual())).count();
    out.printf(Locale.ROOT, "| %s | %d | %d (%.1f%%) | %d (%.1f%%) | %d | %.3f | %d | %d | %d |%n",
        shape, n, exact, 100.0 * exact / n, ties, 100.0 * ties / n, scores, overlap, totals,
        compared, equal);
  }

  private void differing(List<Outcome> all, int show) {
    List<Outcome> differ = all.stream().filter(o -> o.agreement() == null
        || !o.agreement().upToTies() || o.localTotal() != o.otherTotal()
        || Boolean.FALSE.equals(o.facetsEqual())).toList();
    out.printf(Locale.ROOT, "Queries that differ beyond ties (top 10, total or facets): %d; "
        + "the first %d:%n%n", differ.size(), Math.min(show, differ.size()));
    for (Outcome o : differ.subList(0, Math.min(show, differ.size()))) {
      out.printf(Locale.ROOT, "- `%s` (%s): totals %d / %d%s%s%n", o.query().text(),
          o.query().shape(), o.localTotal(), o.otherTotal(),
          o.agreement() == null ? ", Solr failed: " + o.failure()
              : String.format(Locale.ROOT, ", overlap %.1f", o.agreement().overlap()),
          Boolean.FALSE.equals(o.facetsEqual()) ? ", facets differ" : "");
      out.println("  - local: " + String.join(" ", o.localTop()));
      out.println("  - solr:  " + String.join(" ", o.otherTop()));
    }
    out.println();
  }

  private void latency(BackendComparison.Report report) {
    out.printf(Locale.ROOT, "Latency of the same search (10 hits, highlights, facets), all "
        + "measured runs pooled; load average %s at the end:%n%n", loadAverage());
    out.println("| backend | p50 ms | p99 ms | mean ms | p50 ms by run (warm-up first) |");
    out.println("| --- | ---: | ---: | ---: | --- |");
    latencyRow("local index (RecordSearcher, lexical)", report.local(), report.warmLocal());
    latencyRow("SolrCloud (SolrSearcher)", report.other(), report.warmOther());
    out.println();
  }

  private void latencyRow(String name, long[][] runs, long[][] warm) {
    Latencies pooled = new Latencies(Arrays.stream(runs).flatMapToLong(Arrays::stream)
        .toArray());
    out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %s / %s |%n", name,
        pooled.percentileMillis(0.5), pooled.percentileMillis(0.99), pooled.meanMillis(),
        byRun(warm), byRun(runs));
  }

  private static String byRun(long[][] runs) {
    return String.join(" ", Arrays.stream(runs).map(r -> String.format(Locale.ROOT, "%.2f",
        new Latencies(r).percentileMillis(0.5))).toList());
  }
}
