package org.brimine.search;

import java.util.List;
import java.util.Objects;

/**
 * One search: the query in Lucene syntax, which page of hits, and whether to count facets.
 *
 * @param query the query text
 * @param offset how many top hits to skip
 * @param limit how many hits to return
 * @param facets whether to count facet values over all matching records
 * @param filters further queries (Lucene syntax) that every hit must match; they filter
 *     without changing the ranking, and facet counts are taken over what they let through
 */
public record SearchRequest(String query, int offset, int limit, boolean facets,
    List<String> filters) {
  /** The longest query accepted, in characters. */
  public static final int MAX_QUERY_LENGTH = 2000;
  /** The most hits one request may return. */
  public static final int MAX_LIMIT = 1000;

  /** A search without filters. */
  public SearchRequest(String query, int offset, int limit, boolean facets) {
    this(query, offset, limit, facets, List.of());
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = filters == null ? List.of() : List.copyOf(filters);
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
  }
}
