package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brimine.library.SourceFiles;
import org.brimine.report.Templates;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;
import org.brimine.themes.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code bri serve}: pages and the JSON API over one shared, read-only searcher.
 *
 * <p>Every request first refreshes the searcher, so papers that a CLI {@code add} or
 * {@code import} committed are found without a restart. Errors never show a stack trace: a
 * query syntax error is a 400 with the position, an unknown id a 404, an oversized parameter or
 * a request body a 413, oversized headers a 431, a malformed path parameter a 400; anything
 * else is a 500, and its stack trace goes to the log ({@link #FAILURES} maps the rest).
 *
 * <p>What serves which path is one table, {@link Routes}: the pages, the API and the static
 * files add their routes to it.
 *
 * <p>Slow clients delay no one: see {@link ExchangeThreads} and {@link ServerLimits}.
 */
public final class WebServer implements Closeable {
  /** Connections the operating system may queue before the server accepts them. */
  private static final int BACKLOG = 128;
  private static final int MAX_RAW_QUERY = 16 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * How a failure is answered: its status, the error shown, and the detail, from the exception.
   */
  private record Mapper(Class<? extends Throwable> type, int status, String error,
      java.util.function.Function<Throwable, String> detail) {}

  /** The failures answered as the client's fault, the first that fits; the rest are a 500. */
  private static final List<Mapper> FAILURES = List.of(
      new Mapper(QuerySyntaxException.class, 400, "query syntax error",
          e -> e.getMessage() + "\n" + ((QuerySyntaxException) e).pointer()),
      new Mapper(SearchParams.TooLong.class, 413, "parameter too long", Throwable::getMessage),
      new Mapper(BodyNotAccepted.class, 413, "request body not accepted", Throwable::getMessage),
      new Mapper(HeadersTooLarge.class, 431, "request header fields too large",
          Throwable::getMessage),
      new Mapper(NotFound.class, 404, "not found", Throwable::getMessage),
      new Mapper(Searchers.NeedsLocalIndex.class, 501, "needs the local index",
          Throwable::getMessage),
      new Mapper(IllegalArgumentException.class, 400, "bad request", Throwable::getMessage));

  private final HttpServer server;
  private final ServerLimits limits;
  private final ExchangeThreads threads;
  private final SearchBackend searcher;
  private final Routes routes = new Routes();
  private final String host;

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

  /**
   * Binds the server, which also serves the source files of this corpus read-only ({@code
   * /corpus/papers/...}); {@link #start()} starts it.
   */
  public WebServer(String host, int port, RecordSearcher searcher, Taxonomy taxonomy,
      Path corpus) throws IOException {
    this(host, port, Searchers.local(searcher), taxonomy, ServerLimits.DEFAULT,
        new SourceFiles(corpus));
  }

  /** Binds the server with these limits on what clients may take; {@link #start()} starts it. */
  public WebServer(String host, int port, RecordSearcher searcher, Taxonomy taxonomy,
      ServerLimits limits) throws IOException {
    this(host, port, Searchers.local(searcher), taxonomy, limits, null);
  }

  /**
   * Binds a server that searches {@code backend} (a SolrCloud collection) with no local index:
   * the search page, {@code /api/search} and the themes; the pages that read whole records,
   * maps or summaries answer 501, saying they need the local index. {@link #start()} starts it.
   *
   * @param where what the backend is, as those answers name it
   */
  public WebServer(String host, int port, SearchBackend backend, Taxonomy taxonomy, String where)
      throws IOException {
    this(host, port, Searchers.remote(backend, where), taxonomy, ServerLimits.DEFAULT, null);
  }

  // NOTE: six parameters, over the house's five: the two public constructors above are what
  // callers see; a config record for one optional folder would be more to read, not less.
  private WebServer(String host, int port, Searchers searchers, Taxonomy taxonomy,
      ServerLimits limits, SourceFiles sources) throws IOException {
    this.searcher = searchers.search();
    this.limits = limits;
    this.threads = new ExchangeThreads(limits);
    Summaries summaries = new Summaries(searchers.local(), taxonomy);
    this.host = host;
    new Api(searchers, taxonomy, summaries).addTo(routes);
    StaticFiles files = new StaticFiles();
    routes.get("/static/{file}", (exchange, params) ->
        files.send(exchange, params.get(Routes.FILE_NAME)));
    new Pages(searchers, taxonomy, summaries, sources).addTo(routes);
    try {
      this.server = HttpServer.create(new InetSocketAddress(host, port), BACKLOG);
    } catch (java.net.BindException e) {
      throw new java.net.BindException("cannot listen on " + host + ":" + port + " ("
          + e.getMessage() + ")");
    }
    server.createContext("/", threads.guard(this::handle));
    server.setExecutor(threads);
  }

  public void start() {
    server.start();
    LOG.info("bri serve: http://{}:{}/ (Ctrl-C to stop)", host, port());
  }

  /** The path patterns the server answers, as {@link Routes} has them. */
  List<String> routePatterns() {
    return routes.patterns();
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
    routes.serve(exchange, path);
  }

  /**
   * Serves a request by {@code route}, answering what it throws as {@link #FAILURES} says, and
   * anything else, an {@link Error} too, with a 500 whose stack trace goes to the log.
   */
  static void answer(HttpExchange exchange, Route route) {
    String path = exchange.getRequestURI().getPath();
    boolean isApi = path.startsWith("/api/");
    try {
      route.serve(exchange, path, isApi);
    } catch (Http.ClientGone e) {
      // Not the server's failure: a client that gave up waiting, or a slow one cut off.
      LOG.debug("bri serve: {}: the client went away ({})", path, e.getMessage());
      exchange.close();
    } catch (IOException | RuntimeException | Error e) {
      for (Mapper mapper : FAILURES) {
        if (mapper.type().isInstance(e)) {
          error(exchange, isApi, mapper.status(), mapper.error(), mapper.detail().apply(e));
          return;
        }
      }
      // An Error too (out of memory, a stack overflow): unanswered, the client would wait for
      // ever, and the JDK's server would leave the connection open. What the request held is
      // free once it is answered, and the server goes on serving.
      // The detail stays in the server's log: it may hold paths of this machine.
      LOG.error("bri serve: {} failed", path, e);
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
      Http.html(exchange, status, Templates.render("web/error.jte",
          new Failure(error, detail, typedQuery(exchange))));
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

  /**
   * What an error page shows.
   *
   * @param query the query the user typed, kept in the search box
   */
  record Failure(String error, String detail, String query) {}

  @Override
  public void close() {
    server.stop(0);
    threads.close();
    LOG.info("bri serve: stopped");
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
