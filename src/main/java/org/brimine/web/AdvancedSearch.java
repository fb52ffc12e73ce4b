package org.brimine.web;

import java.util.Map;
import org.brimine.search.AdvancedQuery;

/**
 * The advanced search form ({@code web/advanced.jte}, sent to {@code /advanced}): its fields
 * become one query in the full syntax, and the client is sent to the search page with that
 * query in the box, to run, read and edit.
 */
final class AdvancedSearch {
  private AdvancedSearch() {}

  /**
   * Where the form's answer sends the client: the search of the query its fields make, or the
   * empty search page when they ask for nothing.
   *
   * @throws IllegalArgumentException quoting a field that is not what it must be
   */
  static String location(Map<String, String> p) {
    String built = new AdvancedQuery(p.get("all"), p.get("exact"), p.get("any"), p.get("none"),
        p.get("title"), p.get("author"), p.get("venue"), year(p, "yearFrom"), year(p, "yearTo"),
        p.get("lang"), p.get("theme")).syntax();
    return built.isEmpty() ? "/" : "/?" + Http.query(Map.of("q", built));
  }

  private static Integer year(Map<String, String> p, String name) {
    String v = p.get(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (!v.strip().matches("\\d{4}")) {
      throw new IllegalArgumentException(name + " must be a year such as 2017, got '" + v + "'");
    }
    return Integer.parseInt(v.strip());
  }
}
