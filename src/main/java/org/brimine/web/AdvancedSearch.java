package org.brimine.web;

import java.util.Map;
import org.brimine.search.AdvancedQuery;

/**
 * The advanced search form ({@code web/advanced.jte}, sent to {@code /advanced}): its fields
 * become one query in the full syntax, and the client is sent to the search page with that
 * query in the box, to run, read and edit. The fields' names are the form's own, none a
 * parameter of the search page (such as {@code yearFrom}), which shows both forms.
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
    String built = new AdvancedQuery(p.get("allWords"), p.get("exactPhrase"),
        p.get("anyWords"), p.get("noneWords"), p.get("titleWords"), p.get("byAuthor"),
        p.get("inVenue"), year(p, "fromYear"), year(p, "toYear"), p.get("inLanguage"),
        p.get("onTheme")).syntax();
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
