package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.brimine.bench.BackendComparison;
import org.brimine.bench.BenchQueries;
import org.brimine.library.SolrPush;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.solr.Configset;
import org.brimine.solr.LocalCloud;
import org.brimine.solr.SolrIndexer;
import org.brimine.solr.SolrSearcher;
import org.brimine.solr.SolrSettings;
import org.brimine.themes.Taxonomy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench solr}: pushes a local index into a SolrCloud collection (timed), then runs the
 * bench query set against both and reports how the top 10s agree, whether totals and exact facet
 * counts are equal, and the latency of both ({@link SolrBenchReport} prints it).
 */
@Command(name = "solr", mixinStandardHelpOptions = true,
    description = {"Push a local index (made by 'bri bench scale' or 'bri ingest') into a "
        + "SolrCloud collection, timed, then run the bench query set against both: top-10 "
        + "agreement (ids and order; up to ties; overlap), totals, facet counts (where the "
        + "local ones are exact) and latency p50/p99 of the same search (10 hits, highlights, "
        + "facets). The local side ranks lexically (BM25 with the proximity bonus), as Solr does.",
        "Either --solr URL --collection NAME (the collection is emptied first), or "
            + "--local-cloud --dir D to start a SolrCloud in this JVM."})
final class BenchSolrCommand implements Callable<Integer> {
  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--solr", paramLabel = "URL",
      description = "a Solr node's URL or ZooKeeper's host:port")
  String solr;

  @Option(names = "--collection", defaultValue = "papers", paramLabel = "NAME",
      description = "the collection (default: ${DEFAULT-VALUE}); EMPTIED before the push")
  String collection;

  @Option(names = "--local-cloud", description = "start a SolrCloud in this JVM (embedded "
      + "ZooKeeper, Solr's Jetty runner) with --nodes and --shards, data in --dir")
  boolean localCloud;

  @Option(names = "--nodes", defaultValue = "2", paramLabel = "N",
      description = "nodes of --local-cloud (default: ${DEFAULT-VALUE})")
  int nodes;

  @Option(names = "--shards", defaultValue = "2", paramLabel = "N",
      description = "shards of the --local-cloud collection (default: ${DEFAULT-VALUE})")
  int shards;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "where --local-cloud keeps ZooKeeper's and the nodes' data")
  Path dir;

  @Option(names = "--batch", defaultValue = "500", paramLabel = "N",
      description = "records per update request (default: ${DEFAULT-VALUE})")
  int batch;

  @Option(names = "--no-push", description = "the collection holds the index already: only "
      + "compare and time the searches")
  boolean noPush;

  @Option(names = "--queries", paramLabel = "FILE",
      description = "queries, one a line (default: the bundled set of 'bench search')")
  Path queries;

  @Option(names = "--warmup", defaultValue = "3", description = "warm-up runs of each side, "
      + "not measured (default: ${DEFAULT-VALUE})")
  int warmup;

  @Option(names = "--runs", defaultValue = "3",
      description = "measured runs of each side (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--show", defaultValue = "5", paramLabel = "N",
      description = "queries whose top 10 differ to list (default: ${DEFAULT-VALUE})")
  int show;

  @Spec
  CommandSpec spec;

  static final int TOP = 10;

  @Override
  public Integer call() throws IOException {
    check();
    List<BenchQueries> set = BenchQueries.load(queries);
    Set<String> themes = Taxonomy.load().ids();
    SolrBenchReport report = new SolrBenchReport(spec.commandLine().getOut());
    report.head(where.lucene(), set.size(), warmup, runs);
    LocalCloud cloud = null;
    try {
      String url = solr;
      if (localCloud) {
        report.line("Starting a local SolrCloud of " + nodes + " nodes in " + dir + " ...");
        cloud = LocalCloud.start(dir, nodes, Configset.DEFAULT);
        cloud.createCollection(collection, shards);
        url = cloud.nodeUrls().get(0);
      }
      try (RecordSearcher local = RecordSearcher.open(where.lucene(), Ranking.DEFAULT, themes)) {
        if (!noPush) {
          push(local, url, report);
        }
        try (SolrSearcher remote = new SolrSearcher(url, collection, themes)) {
          BackendComparison comparison = new BackendComparison(local, remote, TOP);
          report.results(comparison.run(set, warmup, runs), show);
        }
      }
    } finally {
      if (cloud != null) {
        cloud.close();
      }
    }
    return 0;
  }

  private void check() {
    if (localCloud == (solr != null)) {
      throw new UsageException("give --solr URL, or --local-cloud --dir DIR, not both");
    }
    if (localCloud && (dir == null || nodes < 1 || nodes > 8 || shards < 1 || shards > 64)) {
      throw new UsageException("--local-cloud needs --dir, --nodes 1 to 8 and --shards 1 to 64,"
          + " got --dir " + dir + " --nodes " + nodes + " --shards " + shards);
    }
    if (localCloud && noPush) {
      throw new UsageException("--no-push needs a collection that exists: give --solr URL");
    }
    if (runs < 1 || warmup < 0 || show < 0) {
      throw new UsageException("--runs must be 1 or more, --warmup and --show 0 or more, got "
          + runs + ", " + warmup + " and " + show);
    }
  }

  private void push(RecordSearcher local, String url, SolrBenchReport report) throws IOException {
    SolrSettings settings;
    try {
      settings = SolrSettings.DEFAULT.withBatchSize(batch);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    try (SolrIndexer indexer = new SolrIndexer(url, collection, settings)) {
      indexer.deleteAll();
      indexer.commit();
      String load = SolrBenchReport.loadAverage();
      long started = System.nanoTime();
      SolrPush.Pushed pushed = SolrPush.push(local, indexer);
      long nanos = System.nanoTime() - started;
      report.push(pushed, nanos, batch, indexer.shards(), localCloud ? nodes : -1, load);
    }
  }
}
