package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading requests and writing responses on the JDK's HTTP server. */
final class Http {
  /**
   * Pages may load their own style sheet and inline styles and SVG, and run the site's own
   * scripts (the map view's, the facets' filter box), which may fetch from the site; no inline
   * script runs.
   */
  private static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; script-src 'self'; connect-src 'self'; form-action 'self'; "
      + "base-uri 'none'; frame-ancestors 'none'";

  private Http() {}

  /** The decoded query parameters (the first value of each). */
  static Map<String, String> params(HttpExchange exchange) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = exchange.getRequestURI().getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(key, value);
    }
    return params;
  }

  /** A query string from parameters. */
  static String query(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("malformed URL encoding in '" + s + "'", e);
    }
  }

  static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    headers(exchange, contentType, "no-store");
    sendBytes(exchange, status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The headers of every answer but a stored source file's ({@link #file}). */
  private static void headers(HttpExchange exchange, String contentType, String cacheControl) {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", CSP);
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", cacheControl);
  }

  /** Sends the status and the body (none when null or for HEAD), and closes the exchange. */
  private static void sendBytes(HttpExchange exchange, int status, byte[] body)
      throws IOException {
    boolean none = body == null || exchange.getRequestMethod().equals("HEAD");
    try {
      exchange.sendResponseHeaders(status, none ? -1 : body.length);
      if (!none) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      throw new ClientGone(e);
    } finally {
      exchange.close();
    }
  }

  /** Sends the client on to {@code location}, a path of this server: 303, see other. */
  static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    send(exchange, 303, "text/plain; charset=utf-8", "see " + location + "\n");
  }

  /** Writes a streamed body. */
  interface BodyWriter {
    void write(Writer out) throws IOException;
  }

  /**
   * Sends a file to download as it is written, chunked: its size is not known beforehand and
   * it is never held whole.
   *
   * @param fileName the name the browser saves it under (ASCII)
   */
  static void download(HttpExchange exchange, String contentType, String fileName,
      BodyWriter body) throws IOException {
    headers(exchange, contentType, "no-store");
    exchange.getResponseHeaders().set("Content-Disposition",
        "attachment; filename=\"" + fileName + "\"");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    try {
      try {
        exchange.sendResponseHeaders(200, head ? -1 : 0);
      } catch (IOException e) {
        throw new ClientGone(e);
      }
      if (!head) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(),
            StandardCharsets.UTF_8))) {
          body.write(out);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /**
   * Sends a file as it is (a stored source file), to be shown in the browser. Only its own media
   * type, and for text no script and no styles: a text file is never read as a page.
   */
  static void file(HttpExchange exchange, String contentType, Path file) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("Content-Disposition", "inline");
    headers.set("X-Content-Type-Options", "nosniff");
    if (contentType.startsWith("text/")) {
      headers.set("Content-Security-Policy", "default-src 'none'; sandbox");
    }
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    try {
      try {
        exchange.sendResponseHeaders(200, head ? -1 : Files.size(file));
      } catch (IOException e) {
        throw new ClientGone(e);
      }
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          Files.copy(file, out);
        }
      }
    } finally {
      exchange.close();
    }
  }

  /**
   * Sends a static file the browser may keep: with its entity tag, to be revalidated on each use
   * ({@code no-cache}); {@code body} null for a 304.
   */
  static void asset(HttpExchange exchange, int status, String contentType, String etag,
      byte[] body) throws IOException {
    headers(exchange, contentType, "no-cache");
    exchange.getResponseHeaders().set("ETag", etag);
    sendBytes(exchange, status, body);
  }

  /** The client closed its connection before it had the whole answer: no one to tell. */
  static final class ClientGone extends IOException {
    private static final long serialVersionUID = 1L;

    ClientGone(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  static void html(HttpExchange exchange, int status, String html) throws IOException {
    send(exchange, status, "text/html; charset=utf-8", html);
  }

  static void json(HttpExchange exchange, int status, String json) throws IOException {
    send(exchange, status, "application/json; charset=utf-8", json);
  }
}
