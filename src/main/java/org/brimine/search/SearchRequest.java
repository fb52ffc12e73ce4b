package org.brimine.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One search: the words in the query syntax, typed filters, which page of hits, and whether to
 * count facets.
 *
 * @param query the query text; blank for every record (ranked by the theme filter's weight when
 *     there is one)
 * @param offset how many top hits to skip
 * @param limit how many hits to return
 * @param facets whether to count facet values over all matching records
 * @param filters what every hit must be besides; they filter without changing the ranking, and
 *     facet counts are taken over what they let through
 * @param sort the order of the hits; null is relevance
 * @param after where the previous page of the same search ended: the hits follow it (the
 *     offset is then 0); null for none
 */
public record SearchRequest(String query, int offset, int limit, boolean facets,
    SearchFilters filters, SortOrder sort, SearchCursor after) {
  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 2000;
  /** The most hits one request may return. */
  public static final int MAX_LIMIT = 1000;

  /** A search without filters. */
  public SearchRequest(String query, int offset, int limit, boolean facets) {
    this(query, offset, limit, facets, SearchFilters.NONE);
  }

  /** A search ranked by relevance. */
  public SearchRequest(String query, int offset, int limit, boolean facets,
      SearchFilters filters) {
    this(query, offset, limit, facets, filters, SortOrder.RELEVANCE);
  }

  /** A search from its offset. */
  public SearchRequest(String query, int offset, int limit, boolean facets,
      SearchFilters filters, SortOrder sort) {
    this(query, offset, limit, facets, filters, sort, null);
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = filters == null ? SearchFilters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("query is " + query.length()
          + " characters long, over the limit of " + MAX_QUERY_LENGTH);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > 100_000) {
      throw new IllegalArgumentException("offset must be 0 to 100000, got " + offset);
    }
    if (after != null && offset != 0) {
      throw new IllegalArgumentException("a search after a cursor starts there: its offset "
          + "must be 0, got " + offset);
    }
  }

  /**
   * The whole search as one query in the query syntax, the words in parentheses and each filter
   * required: for display, such as the API's {@code lucene}.
   */
  public String syntax() {
    List<String> all = new ArrayList<>();
    all.add("(" + (query.isBlank() ? "*:*" : query) + ")");
    all.addAll(filters.clauses());
    return String.join(" AND ", all);
  }
}
