package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.brimine.index.RecordWriter;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send half a request, or too much, never stop the server answering the others.
 * The server runs over an empty index: what is tested is the connection handling.
 */
class SlowClientTest {
  /** A request line and one header, and never the blank line that ends the headers. */
  private static final String HALF_REQUEST = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
  private static final int SLOW_CLIENTS = 64;
  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  @BeforeAll
  static void emptyIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir.resolve("lucene"))) {
      writer.commit();
    }
    searcher = RecordSearcher.open(dir.resolve("lucene"), Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static WebServer start(ServerLimits limits) throws IOException {
    WebServer server = new WebServer("127.0.0.1", 0, searcher, Taxonomy.load(), limits);
    server.start();
    return server;
  }

  private static Socket halfRequest(WebServer server) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.port());
    OutputStream out = socket.getOutputStream();
    out.write(HALF_REQUEST.getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  /** Sends a raw request and returns the status line, or null when the server closed. */
  private static String statusLine(WebServer server, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return firstLine(socket.getInputStream());
    }
  }

  private static String firstLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    try {
      for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
        line.append((char) c);
      }
    } catch (SocketException e) {
      // reset by the server: it closed the connection
    }
    return line.length() == 0 ? null : line.toString();
  }

  @Test
  void answersWhileSixtyFourClientsHoldHalfARequest() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    try (WebServer server = new WebServer("127.0.0.1", 0, searcher, Taxonomy.load())) {
      server.start();
      URI page = URI.create("http://127.0.0.1:" + server.port() + "/");
      // A first request loads the page's classes, so the one below measures only waiting.
      assertEquals(200, http.send(HttpRequest.newBuilder(page).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode());
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
          slow.add(halfRequest(server));
        }
        // The bound the issue states; without the limits the request waits forever.
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(page)
            .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void closesAConnectionWhoseHeadersAreLate() throws Exception {
    ServerLimits limits = new ServerLimits(16, Duration.ofMillis(300), 16 * 1024);
    try (WebServer server = start(limits); Socket socket = halfRequest(server)) {
      socket.setSoTimeout(10_000);
      // Closed by the server, with no answer; without the timeout the read times out instead.
      assertEquals(null, firstLine(socket.getInputStream()));
      // The thread it held is free again.
      assertEquals("HTTP/1.1 200 OK", statusLine(server,
          "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    }
  }

  @Test
  void closesAConnectionOverTheLimitInsteadOfQueueingIt() throws Exception {
    ServerLimits limits = new ServerLimits(4, Duration.ofSeconds(30), 16 * 1024);
    try (WebServer server = start(limits)) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < limits.connections(); i++) {
          slow.add(halfRequest(server));
        }
        // Until the server has taken up the four, a fifth may still get a thread: ask again
        // for a while. Once all four are in progress the fifth is closed, never queued.
        String status = "";
        for (int attempt = 0; attempt < 50 && status != null; attempt++) {
          status = statusLine(server,
              "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
          if (status != null) {
            Thread.sleep(100);
          }
        }
        assertEquals(null, status, "a request over the limit was answered");
      } finally {
        for (Socket socket : slow) {
          socket.close();
        }
      }
    }
  }

  @Test
  void answers431ToHeadersOverTheLimit() throws Exception {
    try (WebServer server = start(ServerLimits.DEFAULT)) {
      String big = "x".repeat(ServerLimits.DEFAULT.headerBytes());
      String status = statusLine(server, "GET /api/search?q=a HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "X-Big: " + big + "\r\nConnection: close\r\n\r\n");
      assertTrue(status.startsWith("HTTP/1.1 431 "), status);
    }
  }

  @Test
  void answers413ToARequestBody() throws Exception {
    try (WebServer server = start(ServerLimits.DEFAULT)) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + server.port() + "/api/search?q=a"))
          .method("GET", HttpRequest.BodyPublishers.ofString("hello")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(413, answer.statusCode());
      assertTrue(answer.body().contains("request body not accepted"), answer.body());
    }
  }
}
