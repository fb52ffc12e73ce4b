package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.brimine.ingest.CorpusReader;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import org.brimine.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bri serve}: ingests the corpus when the index is missing or older than the corpus, then
 * serves the search page and the JSON API until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the search page and the JSON API (ingesting the corpus first when the "
        + "index is missing or older than it).")
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

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    exposure(host).ifPresent(warning -> {
      err.println(warning);
      err.flush();
    });
    if (stale()) {
      err.println("bri serve: the index is missing or older than " + locations.corpus()
          + "; ingesting first ...");
      err.flush();
      CorpusReader reader = new CorpusReader(indexing.limits());
      IngestSummary summary = indexing.pipeline(locations, reader, new PrintWriter(
          PrintWriter.nullWriter()), err).run(locations.corpus(),
          reader.documents(locations.corpus()), locations.lucene());
      err.println("ingest: " + summary.line());
      // An ingest that found nothing new commits nothing: the stamp says the index is current.
      Files.writeString(stamp(), java.time.Instant.now() + "\n");
    }
    Taxonomy taxonomy = Taxonomy.load();
    RecordSearcher searcher = RecordSearcher.open(locations.lucene(), Ranking.DEFAULT,
        taxonomy.ids());
    WebServer server = new WebServer(host, port, searcher, taxonomy);
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

  /**
   * Whether the index is missing, or a corpus file is newer than both the newest index file and
   * the stamp of the last ingest that serve ran.
   */
  private boolean stale() throws IOException {
    Path lucene = locations.lucene();
    if (!Files.isDirectory(lucene) || newest(lucene) == null
        || !org.brimine.search.RecordSearcher.exists(lucene)) {
      return true;
    }
    FileTime corpus = newest(locations.corpus().resolve(CorpusReader.PAPERS));
    FileTime index = newest(lucene);
    if (Files.exists(stamp()) && Files.getLastModifiedTime(stamp()).compareTo(index) > 0) {
      index = Files.getLastModifiedTime(stamp());
    }
    return corpus != null && corpus.compareTo(index) > 0;
  }

  private Path stamp() {
    return locations.indexRoot().resolve("ingested.stamp");
  }

  private static FileTime newest(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return null;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(ServeCommand::modified)
          .max(FileTime::compareTo).orElse(null);
    }
  }

  private static FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
