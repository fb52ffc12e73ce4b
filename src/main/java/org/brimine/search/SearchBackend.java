package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * What answers a search: the local Lucene index ({@link RecordSearcher}) or a SolrCloud
 * collection (org.brimine.solr), with the same query syntax and the same kind of results.
 */
public interface SearchBackend extends Closeable {
  /**
   * Runs a search.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  SearchResults search(SearchRequest request) throws IOException;

  /**
   * Reads a query as {@link #search} would, to check it alone: a syntax error then points at a
   * column of what the user typed.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  void check(String queryText);

  /** The theme ids a {@code theme:} clause may name. */
  Set<String> themes();

  /**
   * Every value of one facet dimension among a search's matches (up to {@link FacetValues#MAX}),
   * the most frequent first: what "more" on a facet shows.
   *
   * @throws IllegalArgumentException naming the dimensions, when it is none of {@link
   *     org.brimine.index.Schema#FACETS}
   */
  List<FacetCount> allFacetValues(SearchRequest request, String dimension) throws IOException;

  /** Makes changes committed since the last refresh visible to the next searches. */
  default void refresh() throws IOException {}
}
