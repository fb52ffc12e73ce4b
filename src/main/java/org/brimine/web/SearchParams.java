package org.brimine.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of a search from the page or the API, checked, and the Lucene query they make.
 *
 * @param q the query in Lucene syntax, possibly empty
 * @param theme a theme id to filter by, or null
 * @param entity an entity's canonical name or alias to filter by, or null
 * @param kind "paper" or "reference", or null
 * @param lang a language code ("zh", "en") to filter by, or null
 * @param venue a venue to filter by, or null
 * @param yearFrom the first year, or null
 * @param yearTo the last year, or null
 * @param page the page, from 1
 * @param size hits per page
 */
record SearchParams(String q, String theme, String entity, String kind, String lang,
    String venue,
    Integer yearFrom, Integer yearTo, int page, int size) {
  static final int MAX_PARAM_LENGTH = 2000;
  static final int MAX_SIZE = 100;
  static final int MAX_PAGE = 1000;

  /** Thrown for a parameter too long to accept (HTTP 413). */
  static final class TooLong extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    TooLong(String message) {
      super(message);
    }
  }

  /**
   * Reads and checks the parameters of a request.
   *
   * @param themes the theme ids that {@code theme} may name
   */
  static SearchParams of(Map<String, String> p, Set<String> themes) {
    p.forEach((k, v) -> {
      if (v.length() > MAX_PARAM_LENGTH) {
        throw new TooLong("parameter '" + k + "' is " + v.length()
            + " characters long, over the limit of " + MAX_PARAM_LENGTH);
      }
    });
    int page = integer(p, "page", 1);
    int size = integer(p, "size", 10);
    if (page < 1 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be 1 to " + MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be 1 to " + MAX_SIZE + ", got " + size);
    }
    String kind = blank(p.get("kind"));
    if (kind != null && !kind.equals("paper") && !kind.equals("reference")) {
      throw new IllegalArgumentException("kind must be paper or reference, got '" + kind + "'");
    }
    String lang = blank(p.get("lang"));
    if (lang != null && !lang.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("lang must be a language code such as zh or en, got '"
          + lang + "'");
    }
    String theme = blank(p.get("theme"));
    if (theme != null && !themes.contains(theme)) {
      throw new IllegalArgumentException("theme must be a theme id, got '" + theme + "'; the "
          + "themes are " + String.join(", ", new TreeSet<>(themes)));
    }
    return new SearchParams(p.getOrDefault("q", "").strip(), theme, blank(p.get("entity")), kind,
        lang, blank(p.get("venue")), year(p, "yearFrom"), year(p, "yearTo"), page, size);
  }

  /**
   * Parses the user's query alone, so that a syntax error points at a column of what the user
   * typed, not of the query with its filters.
   */
  void check(org.brimine.search.RecordSearcher searcher) {
    if (!q.isEmpty()) {
      searcher.parse(q);
    }
  }

  /**
   * The ranked query: what the user typed; with no words but a theme, the theme, so that its
   * papers come ranked by the theme's weight in them.
   */
  String rankedQuery() {
    return !q.isEmpty() ? q : theme != null ? "theme:" + theme : "*:*";
  }

  /** The filters: every parameter but the words, each a Lucene query that hits must match. */
  List<String> filters() {
    List<String> parts = new ArrayList<>();
    if (theme != null && !q.isEmpty()) {
      parts.add("theme:" + theme);
    }
    if (entity != null) {
      parts.add("entity:\"" + quote(entity) + "\"");
    }
    if (kind != null) {
      parts.add("kind:" + kind);
    }
    if (lang != null) {
      parts.add("lang:" + lang);
    }
    if (venue != null) {
      parts.add("venue:\"" + quote(venue) + "\"");
    }
    if (yearFrom != null || yearTo != null) {
      parts.add("year:[" + (yearFrom == null ? "*" : yearFrom) + " TO "
          + (yearTo == null ? "*" : yearTo) + "]");
    }
    return parts;
  }

  /** The search these parameters ask for, with facets. */
  org.brimine.search.SearchRequest request() {
    return new org.brimine.search.SearchRequest(rankedQuery(), (page - 1) * size, size, true,
        filters());
  }

  /** The whole search as one Lucene query, for display. */
  String luceneQuery() {
    List<String> all = new ArrayList<>();
    all.add("(" + rankedQuery() + ")");
    all.addAll(filters());
    return String.join(" AND ", all);
  }

  /** The parameters as a map, for links that change one of them. */
  Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    if (!q.isEmpty()) {
      m.put("q", q);
    }
    put(m, "theme", theme);
    put(m, "entity", entity);
    put(m, "kind", kind);
    put(m, "lang", lang);
    put(m, "venue", venue);
    put(m, "yearFrom", yearFrom == null ? null : yearFrom.toString());
    put(m, "yearTo", yearTo == null ? null : yearTo.toString());
    if (size != 10) {
      m.put("size", Integer.toString(size));
    }
    return m;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  private static String quote(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static int integer(Map<String, String> p, String name, int fallback) {
    String v = blank(p.get(name));
    try {
      return v == null ? fallback : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
  }

  private static Integer year(Map<String, String> p, String name) {
    String v = blank(p.get(name));
    if (v == null) {
      return null;
    }
    if (!v.matches("\\d{4}")) {
      throw new IllegalArgumentException(name + " must be a year such as 2017, got '" + v + "'");
    }
    return Integer.parseInt(v);
  }
}
