package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;

/**
 * {@code bri serve}: pages and the JSON API over one shared, read-only searcher.
 *
 * <p>Every request first refreshes the searcher, so papers that a CLI {@code add} or
 * {@code import} committed are found without a restart. Errors never show a stack trace: a
 * query syntax error is a 400 with the position, an unknown id a 404, an oversized parameter a
 * 413.
 */
public final class WebServer implements Closeable {
  private static final int THREADS = 8;
  private static final int MAX_RAW_QUERY = 16 * 1024;
  private static final Map<String, String> STATIC = Map.of("style.css", "text/css; charset=utf-8");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(THREADS);
  private final RecordSearcher searcher;
  private final Pages pages;
  private final Api api;

  /**
   * Binds the server; {@link #start()} starts it.
   *
   * @param host the address to bind, 127.0.0.1 unless told otherwise
   * @param port the port, 0 for any free one
   */
  public WebServer(String host, int port, RecordSearcher searcher, Taxonomy taxonomy)
      throws IOException {
    this.searcher = searcher;
    Summaries summaries = new Summaries(searcher, taxonomy);
    this.pages = new Pages(searcher, taxonomy, summaries);
    this.api = new Api(searcher, taxonomy, summaries);
    this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  public void start() {
    server.start();
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) {
    answer(exchange, this::route);
  }

  /** What serves a request; whatever it throws, {@link #answer} turns into an error response. */
  interface Route {
    void serve(HttpExchange exchange, String path, boolean isApi) throws IOException;
  }

  private void route(HttpExchange exchange, String path, boolean isApi) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      error(exchange, isApi, 405, "method not allowed", "only GET is served; the server "
          + "never changes the index");
      return;
    }
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null && rawQuery.length() > MAX_RAW_QUERY) {
      throw new SearchParams.TooLong("the query string is " + rawQuery.length()
          + " characters long, over the limit of " + MAX_RAW_QUERY);
    }
    searcher.refresh();
    if (isApi) {
      api.handle(exchange, path);
    } else if (path.startsWith("/static/")) {
      staticFile(exchange, path.substring("/static/".length()));
    } else {
      pages.handle(exchange, path);
    }
  }

  /**
   * Serves a request by {@code route}, answering what it throws: a query syntax error 400, an
   * oversized parameter 413, an unknown id 404, anything else 500, an {@link Error} too.
   */
  static void answer(HttpExchange exchange, Route route) {
    String path = exchange.getRequestURI().getPath();
    boolean isApi = path.startsWith("/api/");
    try {
      route.serve(exchange, path, isApi);
    } catch (QuerySyntaxException e) {
      error(exchange, isApi, 400, "query syntax error", e.getMessage() + "\n" + e.pointer());
    } catch (SearchParams.TooLong e) {
      error(exchange, isApi, 413, "parameter too long", e.getMessage());
    } catch (NotFound e) {
      error(exchange, isApi, 404, "not found", e.getMessage());
    } catch (IllegalArgumentException e) {
      error(exchange, isApi, 400, "bad request", e.getMessage());
    } catch (IOException | RuntimeException | Error e) {
      // An Error too (out of memory, a stack overflow): unanswered, the client would wait for
      // ever, and the JDK's server would leave the connection open. What the request held is
      // free once it is answered, and the server goes on serving.
      // The detail stays in the server's log: it may hold paths of this machine.
      System.err.println("bri serve: " + path + ": " + e);
      error(exchange, isApi, 500, "internal error", "the server could not answer; see its log");
    }
  }

  private static void staticFile(HttpExchange exchange, String name) throws IOException {
    // Only the files listed are served: no path from the request reaches the file system.
    String type = STATIC.get(name);
    if (type == null) {
      throw new NotFound("no static file '" + name + "'");
    }
    try (InputStream in = WebServer.class.getResourceAsStream("static/" + name)) {
      Http.send(exchange, 200, type, new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static void error(HttpExchange exchange, boolean json, int status, String error,
      String detail) {
    try {
      answer(exchange, json, status, error, detail);
    } catch (IOException e) {
      // The response was already under way, or the client is gone: nothing more to tell it.
      exchange.close();
    }
  }

  private static void answer(HttpExchange exchange, boolean json, int status, String error,
      String detail) throws IOException {
    if (json) {
      Http.json(exchange, status, Api.error(error, detail));
    } else {
      Http.html(exchange, status, Layout.page(error, "", Map.of(), "<div class=error><b>"
          + org.brimine.report.Html.escape(error) + "</b><pre>"
          + org.brimine.report.Html.escape(detail) + "</pre></div><p><a href=\"/\">Search</a>"
          + "</p>"));
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** An id or page that does not exist (HTTP 404). */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
