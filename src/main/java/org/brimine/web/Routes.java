package org.brimine.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's route table: each GET path pattern with what serves it, tried in the order
 * added. A pattern names its parameters in braces, {@code /papers/{id}}; a handler reads them
 * as typed values ({@link Param}), which reject a malformed one with a 400.
 */
final class Routes {
  /** What serves the requests of a route. */
  interface Handler {
    void serve(HttpExchange exchange, Params params) throws IOException;
  }

  /**
   * A path parameter of some type: its name in patterns and how its text becomes a value.
   *
   * @param parse turns the decoded text into the value; throws {@link BadParameter}
   */
  record Param<T>(String name, Function<String, T> parse) {}

  /** A record id: one or more characters, none a control character. */
  static final Param<String> RECORD_ID = new Param<>("id", Routes::recordId);
  /** A file name, looked up in a list of files: no path from a request reaches the disk. */
  static final Param<String> FILE_NAME = new Param<>("file", name -> name);
  /** A theme id as the taxonomy writes them, such as {@code financial-integration}. */
  static final Param<String> THEME = new Param<>("theme", Routes::themeId);

  /** An author's or a venue's name: as a record id, any characters but control characters. */
  static final Param<String> NAME = new Param<>("name", Routes::recordId);
  /** A corpus-relative path, checked by {@link org.brimine.library.SourceFiles}. */
  static final Param<String> PATH = new Param<>("path", path -> path);

  private static final int MAX_ID = 1024;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final Pattern THEME_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final List<Route> routes = new ArrayList<>();

  private record Route(String pattern, Pattern regex, List<String> names, Handler handler) {}

  /** The values of one request's path parameters. */
  static final class Params {
    private final Map<String, String> raw;

    private Params(Map<String, String> raw) {
      this.raw = raw;
    }

    /** The parameter's value; a malformed one is answered 400. */
    <T> T get(Param<T> param) {
      String text = raw.get(param.name());
      if (text == null) {
        throw new IllegalStateException("the route has no parameter '" + param.name() + "'");
      }
      return param.parse().apply(text);
    }
  }

  /**
   * Adds a route for GET (and HEAD) requests.
   *
   * @param pattern a path, with parameters in braces; a parameter takes one or more characters,
   *     slashes too (an id may hold one), so list a longer pattern before a shorter one
   */
  Routes get(String pattern, Handler handler) {
    StringBuilder regex = new StringBuilder();
    List<String> names = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(pattern.substring(at, m.start()))).append("(.+)");
      names.add(m.group(1));
      at = m.end();
    }
    regex.append(Pattern.quote(pattern.substring(at)));
    routes.add(new Route(pattern, Pattern.compile(regex.toString()), names, handler));
    return this;
  }

  /** The patterns of the routes, in the order added: what the OpenAPI description must list. */
  List<String> patterns() {
    return routes.stream().map(Route::pattern).toList();
  }

  /**
   * Serves the request by the first route whose pattern matches its path.
   *
   * @throws WebServer.NotFound when none does
   */
  void serve(HttpExchange exchange, String path) throws IOException {
    for (Route route : routes) {
      Matcher m = route.regex().matcher(path);
      if (m.matches()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < route.names().size(); i++) {
          values.put(route.names().get(i), m.group(i + 1));
        }
        route.handler().serve(exchange, new Params(values));
        return;
      }
    }
    throw new WebServer.NotFound("no page at '" + path + "'");
  }

  private static String recordId(String text) {
    if (text.length() > MAX_ID) {
      throw new BadParameter("the record id is " + text.length() + " characters long, over the "
          + "limit of " + MAX_ID);
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new BadParameter("the record id '" + text.replaceAll("\\p{Cntrl}", "\uFFFD")
          + "' holds a control character");
    }
    return text;
  }

  private static String themeId(String text) {
    if (!THEME_ID.matcher(text).matches()) {
      throw new BadParameter("'" + (text.length() > 80 ? text.substring(0, 80) + "…" : text)
          + "' is no theme id: lower-case letters and digits in words joined by '-'");
    }
    return text;
  }

  /** A path parameter that is not of its type (HTTP 400). */
  static final class BadParameter extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    BadParameter(String message) {
      super(message);
    }
  }
}
