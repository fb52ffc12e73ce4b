package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files served under {@code /static/}: the site's own style sheet and scripts, and the
 * browser libraries of {@link WebJars}. Only the files listed are served: no path from the
 * request reaches the file system.
 *
 * <p>Each is read once, when the server starts, and sent with an entity tag (a hash of its
 * bytes) and {@code Cache-Control: no-cache}: a browser keeps its copy and asks again on each
 * page, and the server answers 304 with no body while the file is unchanged. A new release
 * changes the tag, so a stale script is never run. (The 1 MB graph library was sent whole on
 * every page before.)
 */
final class StaticFiles {
  private static final String JS = "text/javascript; charset=utf-8";
  /** The site's own files (resources beside this class) and their media types. */
  private static final Map<String, String> OWN = Map.of("style.css", "text/css; charset=utf-8",
      "map.js", JS, "facets.js", JS);

  /** A file ready to send. */
  private record Asset(String type, byte[] bytes, String etag) {}

  private final Map<String, Asset> files = new LinkedHashMap<>();

  /** Reads every file served. */
  StaticFiles() {
    OWN.forEach((name, type) -> files.put(name, asset(type, own(name))));
    for (String name : WebJars.names()) {
      files.put(name, asset(JS, WebJars.bytes(name)));
    }
  }

  /** Answers a request for the file served under {@code name}. */
  void send(HttpExchange exchange, String name) throws IOException {
    Asset file = files.get(name);
    if (file == null) {
      throw new WebServer.NotFound("no static file '" + name + "'");
    }
    boolean fresh = matches(exchange.getRequestHeaders().getFirst("If-None-Match"), file.etag());
    Http.asset(exchange, fresh ? 304 : 200, file.type(), file.etag(), fresh ? null : file.bytes());
  }

  /**
   * Whether an {@code If-None-Match} header names this tag: a list of tags, weak ones ({@code
   * W/"..."}) compared by their value as RFC 9110 says for this header, or {@code *}.
   */
  static boolean matches(String header, String etag) {
    if (header == null) {
      return false;
    }
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] own(String name) {
    try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no resource static/" + name + " beside "
            + StaticFiles.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Asset asset(String type, byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Asset(type, bytes, "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
