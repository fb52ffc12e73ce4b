package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server does when a request's handler fails: the error wrapper of {@link WebServer}
 * on the JDK's real HTTP server, with a route that fails as a summary running out of heap did.
 */
class HandlerFailureTest {
  /** Long enough for any answer here; a request left unanswered fails the test at this point. */
  private static final Duration PATIENCE = Duration.ofSeconds(20);
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    server.createContext("/", exchange -> WebServer.answer(exchange, (ex, path, isApi) -> {
      switch (path) {
        case "/api/out-of-memory", "/themes/out-of-memory" ->
            throw new OutOfMemoryError("Java heap space");
        case "/api/stack-overflow" -> throw new StackOverflowError();
        case "/api/broken" -> throw new IllegalStateException("broken");
        case "/api/gone" -> throw new Http.ClientGone(new IOException("Broken pipe"));
        default -> Http.json(ex, 200, "{\"ok\": true}");
      }
    }));
    server.setExecutor(threads);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    threads.shutdownNow();
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    return http.send(HttpRequest.newBuilder(uri).timeout(PATIENCE).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void anErrorInAHandlerIsAnswered500AndTheNextRequestIsServed() throws Exception {
    // more failures than the server has threads: none of them may cost it a thread for good
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> failed = get("/api/out-of-memory");
      assertEquals(500, failed.statusCode());
      assertTrue(failed.body().contains("internal error"), failed.body());
      assertTrue(!failed.body().contains("heap"), "no detail of the failure: " + failed.body());
      assertEquals(500, get("/api/stack-overflow").statusCode());
    }
    HttpResponse<String> page = get("/themes/out-of-memory");
    assertEquals(500, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    assertEquals(200, get("/api/themes").statusCode());
  }

  @Test
  void anExceptionInAHandlerIsAnswered500AndTheNextRequestIsServed() throws Exception {
    assertEquals(500, get("/api/broken").statusCode());
    assertEquals(200, get("/api/themes").statusCode());
  }

  @Test
  void aFailureAnswered500IsLoggedWithItsStackTrace() throws Exception {
    // slf4j-simple writes to System.err as it is at each message
    PrintStream before = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try {
      assertEquals(500, get("/api/broken").statusCode());
      // a client that went away is no failure of the server: no answer, no error logged
      assertThrows(IOException.class, () -> get("/api/gone"));
    } finally {
      System.setErr(before);
    }
    String logged = log.toString(StandardCharsets.UTF_8);
    assertTrue(logged.contains("ERROR WebServer - bri serve: /api/broken failed"), logged);
    assertTrue(logged.contains("java.lang.IllegalStateException: broken"), logged);
    assertTrue(logged.contains("\tat org.brimine.web.HandlerFailureTest"), "the stack trace: "
        + logged);
    assertFalse(logged.contains("/api/gone"), logged);
  }
}
