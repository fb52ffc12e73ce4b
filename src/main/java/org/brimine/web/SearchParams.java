package org.brimine.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.brimine.index.MissingMetadata;
import org.brimine.model.EntityType;
import org.brimine.model.RecordKind;
import org.brimine.search.QuerySyntax;
import org.brimine.search.SearchBackend;
import org.brimine.search.SearchCursor;
import org.brimine.search.SearchFilters;
import org.brimine.search.SearchRequest;
import org.brimine.search.SortOrder;

/**
 * The parameters of a search from the page or the API, checked, and the search they ask for:
 * the words as typed, every other parameter a typed filter.
 *
 * @param q the query in the query syntax, possibly empty
 * @param theme a theme id to filter by, or null
 * @param entityType the entity type {@code entity} is of (COUNTRY, PERSON ...), or null for any;
 *     without an entity the parameter is ignored
 * @param entity an entity's canonical name or alias to filter by, or null
 * @param kind "paper" or "reference", or null
 * @param lang a language code ("zh", "en") to filter by, or null
 * @param venue a venue to filter by, or null
 * @param yearFrom the first year, or null
 * @param yearTo the last year, or null
 * @param missing metadata the records must lack, all of it; empty for no such filter
 * @param page the page, from 1
 * @param size hits per page
 * @param sort the order of the hits
 * @param syntax how {@code q} is read: the full query syntax, or as plain words
 * @param cursor where the previous page ended ({@link SearchCursor#token()}), or null
 */
record SearchParams(String q, String theme, EntityType entityType, String entity, String kind,
    String lang, String venue,
    Integer yearFrom, Integer yearTo, Set<MissingMetadata> missing, int page, int size,
    SortOrder sort, QuerySyntax syntax, String cursor) {
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
    String entity = blank(p.get("entity"));
    EntityType entityType = entityType(p, entity);
    String cursor = blank(p.get("cursor"));
    if (cursor != null && page != 1) {
      throw new IllegalArgumentException("a cursor continues where its page ended: give cursor "
          + "or page, not both (got page " + page + ")");
    }
    return new SearchParams(p.getOrDefault("q", "").strip(), theme, entityType, entity, kind,
        lang, blank(p.get("venue")), year(p, "yearFrom"), year(p, "yearTo"), missing(p), page,
        size, SortOrder.named(p.get("sort")), QuerySyntax.named(p.get("syntax")), cursor);
  }

  /** The {@code missing} parameter: metadata labels separated by commas ("year,authors"). */
  private static Set<MissingMetadata> missing(Map<String, String> p) {
    String v = blank(p.get("missing"));
    if (v == null) {
      return Set.of();
    }
    Set<MissingMetadata> all = EnumSet.noneOf(MissingMetadata.class);
    for (String label : v.split(",")) {
      if (label.isBlank()) {
        continue;
      }
      try {
        all.add(MissingMetadata.of(label));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("missing: " + e.getMessage(), e);
      }
    }
    return Set.copyOf(all);
  }

  private static EntityType entityType(Map<String, String> p, String entity) {
    String type = blank(p.get("entityType"));
    // without a name the type filters nothing: so removing the entity chip of the page, which
    // keeps the other parameters, is not an error
    if (type == null || entity == null) {
      return null;
    }
    try {
      return EntityType.named(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("entityType: " + e.getMessage(), e);
    }
  }

  /**
   * Parses the user's query alone, so that a syntax error points at a column of what the user
   * typed, not of the query with its filters.
   */
  void check(SearchBackend searcher) {
    if (!q.isEmpty()) {
      searcher.check(query());
    }
  }

  /** The words in the full query syntax: {@code q} as typed, or escaped in words mode. */
  String query() {
    return syntax.query(q);
  }

  /**
   * The filters: every parameter but the words. With no words, the theme filter ranks its
   * papers by the theme's weight in them.
   */
  SearchFilters filters() {
    return SearchFilters.NONE.withTheme(theme).withEntity(entityType, entity)
        .withKind(kind == null ? null : RecordKind.valueOf(kind.toUpperCase(Locale.ROOT)))
        .withLanguage(lang).withVenue(venue).withYears(yearFrom, yearTo).withMissing(missing);
  }

  /** The search these parameters ask for, with facets. */
  SearchRequest request() {
    return new SearchRequest(query(), cursor == null ? (page - 1) * size : 0, size, true,
        filters(), sort, cursor == null ? null : SearchCursor.parse(cursor));
  }

  /** The whole search as one query in the query syntax, for display. */
  String luceneQuery() {
    return request().syntax();
  }

  /** The parameters as a map, for links that change one of them. */
  Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    if (!q.isEmpty()) {
      m.put("q", q);
    }
    put(m, "theme", theme);
    put(m, "entityType", entityType == null ? null : entityType.type());
    put(m, "entity", entity);
    put(m, "kind", kind);
    put(m, "lang", lang);
    put(m, "venue", venue);
    put(m, "yearFrom", yearFrom == null ? null : yearFrom.toString());
    put(m, "yearTo", yearTo == null ? null : yearTo.toString());
    put(m, "missing", missing.isEmpty() ? null : missing.stream().sorted()
        .map(MissingMetadata::label).collect(Collectors.joining(",")));
    if (size != 10) {
      m.put("size", Integer.toString(size));
    }
    if (sort != SortOrder.RELEVANCE) {
      m.put("sort", sort.label());
    }
    if (syntax != QuerySyntax.FULL) {
      m.put("syntax", syntax.label());
    }
    return m;
  }

  private static void put(Map<String, String> m, String k, String v) {
    if (v != null) {
      m.put(k, v);
    }
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
