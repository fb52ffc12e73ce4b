package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.brimine.ingest.CorpusReader;
import org.brimine.library.Freshness;
import org.brimine.library.IngestSummary;
import org.brimine.library.StageFactory;
import org.brimine.search.Ranking;
import org.brimine.search.QueryVectors;
import org.brimine.search.Retrieval;
import org.brimine.search.RecordSearcher;
import org.brimine.solr.SolrSearcher;
import org.brimine.themes.Taxonomy;
import org.brimine.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri serve}: ingests the corpus when the index is missing or older than the corpus, then
 * serves the search page and the JSON API until stopped. With {@code --solr} it searches a
 * SolrCloud collection instead, and has no local index: the pages that read whole records say
 * they need one.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page and the JSON API (ingesting the corpus first when the "
        + "index is missing or older than it), or search a SolrCloud collection (--solr).")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  Locations locations;

  @Mixin
  IndexingOptions indexing;

  @Option(names = "--port", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}"
      + "; 0 for any free port)")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "address to bind (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--solr", paramLabel = "URL", description = "search a SolrCloud collection "
      + "instead of the local index: a node's URL or ZooKeeper's host:port (with --collection); "
      + "paper, author, venue, map, summary and export pages then need the local index")
  String solr;

  @Option(names = "--collection", paramLabel = "NAME",
      description = "the SolrCloud collection (with --solr)")
  String collection;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    exposure(host).ifPresent(warning -> {
      err.println(warning);
      err.flush();
    });
    if ((solr == null) != (collection == null)) {
      throw new UsageException("--solr and --collection go together");
    }
    if (solr != null) {
      Taxonomy taxonomy = Taxonomy.load();
      SolrSearcher searcher;
      try {
        searcher = new SolrSearcher(solr, collection, taxonomy.ids());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      WebServer server;
      try {
        server = new WebServer(host, port, searcher, taxonomy, "the SolrCloud collection '"
            + collection + "' at " + solr);
      } catch (IOException | RuntimeException e) {
        searcher.close();
        throw e;
      }
      return serve(server, searcher);
    }
    if (Freshness.stale(locations.library())) {
      err.println("bri serve: the index is missing or older than " + locations.corpus()
          + "; ingesting first ...");
      err.flush();
      CorpusReader reader = new CorpusReader(indexing.limits());
      IngestSummary summary = indexing.pipeline(locations, reader, new PrintWriter(
          PrintWriter.nullWriter()), err).run(locations.corpus(),
          reader.documents(locations.corpus()), locations.lucene());
      err.println("ingest: " + summary.line());
      // An ingest that found nothing new commits nothing: the mark says the index is current.
      Freshness.markCurrent(locations.library());
    }
    Taxonomy taxonomy = Taxonomy.load();
    QueryVectors vectors = StageFactory.queryVectors();
    RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT,
        taxonomy.ids(), Retrieval.DEFAULT, vectors);
    WebServer server;
    try {
      server = new WebServer(host, port, searcher, taxonomy, locations.corpus());
    } catch (IOException | RuntimeException e) {
      searcher.close(); // the port taken, say: nothing loads in the background yet
      throw e;
    }
    // the model loads while the first reader arrives, once the port is the server's
    Thread loading = Retrieval.DEFAULT.usesVectors() ? vectors.prepareInBackground() : null;
    return serve(server, () -> {
      // a JVM that exits while ONNX Runtime creates the model's session crashes (SIGSEGV)
      if (loading != null) {
        try {
          loading.join(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      searcher.close();
    });
  }

  /** Serves until the process is stopped, then closes the server and what it searched. */
  private static int serve(WebServer server, java.io.Closeable searcher)
      throws InterruptedException {
    server.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      try {
        searcher.close();
      } catch (IOException e) {
        // Closing on the way out: nothing left to tell.
      }
      stopped.countDown();
    }));
    stopped.await();
    return 0;
  }

  /**
   * A warning when {@code host} lets other machines reach the server (any address but a
   * loopback one), which has no authentication.
   *
   * @throws java.net.UnknownHostException when the name does not resolve (picocli prints it)
   */
  static Optional<String> exposure(String host) throws java.net.UnknownHostException {
    if (InetAddress.getByName(host).isLoopbackAddress()) {
      return Optional.empty();
    }
    return Optional.of("bri serve: warning: --host " + host + " lets other machines reach this "
        + "server, and it has no authentication: anyone who can connect can read every paper "
        + "in the index. Use it only on a network you trust.");
  }
}
