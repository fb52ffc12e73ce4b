package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;

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
}
