package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.RecordSearcher;
import org.brimine.themes.Taxonomy;

/**
 * {@code bri serve}: pages and the JSON API over one shared, read-only searcher.
 *
 * <p>Every request first refreshes the searcher, so papers that a CLI {@code add} or
 * {@code import} committed are found without a restart. Errors never show a stack trace: a
 * query syntax error is a 400 with the position, an unknown id a 404, an oversized parameter or
 * a request body a 413, oversized headers a 431.
 *
 * <p>Slow clients delay no one: see {@link ExchangeThreads} and {@link ServerLimits}.
 */
public final class WebServer implements Closeable {
  /** Connections the operating system may queue before the server accepts them. */
  private static final int BACKLOG = 128;
  private static final int MAX_RAW_QUERY = 16 * 1024;
  private static final Map<String, String> STATIC = Map.of("style.css", "text/css; charset=utf-8");

  private final HttpServer server;
  private final ServerLimits limits;
  private final ExchangeThreads threads;
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
    this(host, port, searcher, taxonomy, ServerLimits.DEFAULT);
  }

  /** Binds the server with these limits on what clients may take; {@link #start()} starts it. */
  public WebServer(String host, int port, RecordSearcher searcher, Taxonomy taxonomy,
      ServerLimits limits) throws IOException {
    this.searcher = searcher;
    this.limits = limits;
    this.threads = new ExchangeThreads(limits);
    Summaries summaries = new Summaries(searcher, taxonomy);
    this.pages = new Pages(searcher, taxonomy, summaries);
    this.api = new Api(searcher, taxonomy, summaries);
    this.server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    server.createContext("/", threads.guard(this::handle));
    server.setExecutor(threads);
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
    checkSize(exchange);
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
    } catch (BodyNotAccepted e) {
      error(exchange, isApi, 413, "request body not accepted", e.getMessage());
    } catch (HeadersTooLarge e) {
      error(exchange, isApi, 431, "request header fields too large", e.getMessage());
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

  /** Refuses headers over the limit, and any request body: only GET and HEAD are served. */
  private void checkSize(HttpExchange exchange) {
    long bytes = 0;
    for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
      for (String value : header.getValue()) {
        bytes += header.getKey().length() + value.length() + 4;  // ": " and CRLF
      }
    }
    if (bytes > limits.headerBytes()) {
      throw new HeadersTooLarge("the request headers are " + bytes + " bytes, over the limit of "
          + limits.headerBytes());
    }
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if ((length != null && !length.equals("0"))
        || exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
      throw new BodyNotAccepted("the request has a body (Content-Length " + length
          + "); GET and HEAD take none");
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
      Http.html(exchange, status, Layout.page(error, typedQuery(exchange), Map.of(),
          "<div class=error><b>"
          + org.brimine.report.Html.escape(error) + "</b><pre>"
          + org.brimine.report.Html.escape(detail) + "</pre></div><p><a href=\"/\">Search</a>"
          + "</p>"));
    }
  }

  /** The query the user typed, kept in the search box of an error page; empty if unreadable. */
  private static String typedQuery(HttpExchange exchange) {
    try {
      return Http.params(exchange).getOrDefault("q", "");
    } catch (IllegalArgumentException e) {
      // the parameters themselves are what the error is about
      return "";
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.close();
  }

  /** A request with a body, which no GET or HEAD takes (HTTP 413). */
  static final class BodyNotAccepted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyNotAccepted(String message) {
      super(message);
    }
  }

  /** Request headers over {@link ServerLimits#headerBytes()} (HTTP 431). */
  static final class HeadersTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HeadersTooLarge(String message) {
      super(message);
    }
  }

  /** An id or page that does not exist (HTTP 404). */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
