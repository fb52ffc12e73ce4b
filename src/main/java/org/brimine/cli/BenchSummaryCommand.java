package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.bench.HeapPeak;
import org.brimine.report.CorpusSummary;
import org.brimine.report.HtmlRenderer;
import org.brimine.report.ThemeSummarizer;
import org.brimine.report.ThemeSummary;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchFilters;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench summary}: time to summarise a theme and the five lines over every paper of
 * the index, as {@code bri summarize} and the web page do (counting and HTML rendering, no file
 * written), in one JVM: the first run of each (cold: facet state built, code not yet compiled),
 * then the median, min and max of the others; and the peak heap.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = {"Time of a theme summary and of the five-lines summary over every paper "
        + "(summary and HTML, as bri summarize and the web page), the first run and the "
        + "median of the others, and the peak heap. Build a large index first with "
        + "'bri bench scale' and pass --index DIR; run with BRI_JAVA_OPTS=-Xmx1g to check the "
        + "heap it needs."})
final class BenchSummaryCommand implements Callable<Integer> {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--theme", paramLabel = "ID", defaultValue = "financial-integration",
      description = "the theme summarised (default: ${DEFAULT-VALUE})")
  String theme;

  @Option(names = "--runs", defaultValue = "5",
      description = "runs of each summary, the first one included (default: ${DEFAULT-VALUE})")
  int runs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (runs < 1) {
      throw new UsageException("--runs must be 1 or more, got " + runs);
    }
    Taxonomy taxonomy = Taxonomy.load();
    if (taxonomy.find(theme).isEmpty()) {
      throw new UsageException("--theme: unknown theme '" + theme + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    HtmlRenderer html = new HtmlRenderer("/papers/");
    HeapPeak.reset();
    try (RecordSearcher searcher = RecordSearcher.open(where.lucene(), Ranking.DEFAULT)) {
      ThemeSummarizer summarizer = new ThemeSummarizer(taxonomy, searcher);
      double[] themeMs = new double[runs];
      double[] corpusMs = new double[runs];
      ThemeSummary one = null;
      CorpusSummary five = null;
      for (int i = 0; i < runs; i++) {
        long t0 = System.nanoTime();
        one = summarizer.summarize(theme, null, SearchFilters.NONE, null);
        html.render(one);
        long t1 = System.nanoTime();
        five = summarizer.corpus(null, SearchFilters.NONE, null);
        html.render(five);
        long t2 = System.nanoTime();
        themeMs[i] = (t1 - t0) / 1e6;
        corpusMs[i] = (t2 - t1) / 1e6;
      }
      out.printf(Locale.ROOT, "# Summary benchmark%n%nIndex: %s; %,d papers, %,d of them carry "
          + "%s; heap limit %,d MiB.%n%n", where.lucene(), one.overview().corpusPapers(),
          one.overview().papers(), theme, Runtime.getRuntime().maxMemory() >> 20);
      out.println("| summary | first run (ms) | median of the others (ms) | min | max |");
      out.println("| --- | ---: | ---: | ---: | ---: |");
      row(out, "--theme " + theme, themeMs);
      row(out, "--corpus (five lines)", corpusMs);
      out.printf(Locale.ROOT, "%nPeak heap in use (uncollected garbage included): %,d MiB.%n",
          HeapPeak.mib());
      out.flush();
      spec.commandLine().getErr().println("bench summary: " + runs + " runs of each, "
          + five.lines().size() + " lines");
    }
    return 0;
  }

  private static void row(PrintWriter out, String name, double[] ms) {
    double[] rest = Arrays.copyOfRange(ms, 1, ms.length);
    Arrays.sort(rest);
    if (rest.length == 0) {
      out.printf(Locale.ROOT, "| %s | %.0f | | | |%n", name, ms[0]);
      return;
    }
    out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", name, ms[0],
        rest[rest.length / 2], rest[0], rest[rest.length - 1]);
  }
}
