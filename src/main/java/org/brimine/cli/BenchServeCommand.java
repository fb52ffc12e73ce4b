package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.brimine.bench.Latencies;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import org.brimine.web.ServerLimits;
import org.brimine.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bri bench serve}: how long the server takes to answer a normal request while slow
 * clients hold connections open with half a request each (a request line and a header, never the
 * blank line that ends the headers), for each number of slow clients asked for. The server runs
 * in this JVM on a free loopback port with the limits of {@code bri serve}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Latency of a normal request to the web server while N slow clients each "
        + "hold half a request open (loopback only)."})
final class BenchServeCommand implements Callable<Integer> {
  private static final String HALF_REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  @Mixin
  IndexLocation where = new IndexLocation();

  @Option(names = "--slow", split = ",", defaultValue = "0,8,64,200",
      description = "numbers of slow clients, one measurement each (default: ${DEFAULT-VALUE})")
  int[] slow;

  @Option(names = "--requests", defaultValue = "200",
      description = "normal requests measured, one after another (default: ${DEFAULT-VALUE})")
  int requests;

  @Option(names = "--path", defaultValue = "/?q=belt+and+road",
      description = "the normal request (default: ${DEFAULT-VALUE})")
  String path;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (requests < 1 || Arrays.stream(slow).anyMatch(n -> n < 0)) {
      throw new UsageException("--requests must be 1 or more and --slow 0 or more, got "
          + "--requests " + requests + " --slow " + Arrays.toString(slow));
    }
    if (!RecordSearcher.exists(where.lucene())) {
      throw new UsageException("no index at " + where.lucene() + ": run 'bri ingest' first");
    }
    PrintWriter out = spec.commandLine().getOut();
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    out.println("| slow clients | requests | answered | p50 ms | p95 ms | max ms |");
    out.println("| ---: | ---: | ---: | ---: | ---: | ---: |");
    try (RecordSearcher searcher = RecordSearcher.open(where.lucene(), Ranking.DEFAULT)) {
      for (int n : slow) {
        try (WebServer server = new WebServer("127.0.0.1", 0, searcher, Taxonomy.load(),
            ServerLimits.DEFAULT)) {
          server.start();
          URI uri = URI.create("http://127.0.0.1:" + server.port() + path);
          measure(http, uri, Math.min(requests, 50));  // warm-up, not reported
          List<Socket> held = new ArrayList<>();
          try {
            for (int i = 0; i < n; i++) {
              try {
                held.add(halfRequest(server.port()));
              } catch (IOException e) {
                // refused over the server's limit: the slow client is turned away
              }
            }
            out.println(row(n, measure(http, uri, requests)));
            out.flush();
          } finally {
            for (Socket socket : held) {
              socket.close();
            }
          }
        }
      }
    }
    out.println("(the server's limits: " + ServerLimits.DEFAULT + "; a request not answered "
        + "within " + TIMEOUT.toSeconds() + " s counts as not answered)");
    return 0;
  }

  private static Socket halfRequest(int port) throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.getOutputStream().write(HALF_REQUEST.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  /** The latencies of the requests answered with 200, in nanoseconds. */
  private static long[] measure(HttpClient http, URI uri, int count)
      throws IOException, InterruptedException {
    long[] answered = new long[count];
    int ok = 0;
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          answered[ok++] = System.nanoTime() - start;
        }
      } catch (HttpTimeoutException e) {
        // not answered in time: counted by its absence
      } catch (IOException e) {
        // refused (the server closes a connection over its limit): counted by its absence
      }
    }
    return Arrays.copyOf(answered, ok);
  }

  private String row(int slowClients, long[] answered) {
    if (answered.length == 0) {
      return String.format(Locale.ROOT, "| %d | %d | 0 | - | - | - |", slowClients, requests);
    }
    Latencies latencies = new Latencies(answered);
    return String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f |", slowClients,
        requests, answered.length, latencies.percentileMillis(0.5),
        latencies.percentileMillis(0.95), latencies.percentileMillis(1));
  }
}
