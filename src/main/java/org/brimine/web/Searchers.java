package org.brimine.web;

import org.brimine.search.RecordSearcher;
import org.brimine.search.SearchBackend;

/**
 * What the server searches and what it reads records from: the search backend (the local index,
 * or a SolrCloud collection), and the local index that papers, authors, venues, maps, summaries
 * and exports are read from, when the server has one.
 *
 * @param search what answers the search page and {@code /api/search}
 * @param local the local index, or null when the server searches a collection alone
 * @param remote what {@code search} is when it is not the local index, for the pages that
 *     cannot be served without it; null with a local index
 */
record Searchers(SearchBackend search, RecordSearcher local, String remote) {
  /** A server of the local index: it answers every page. */
  static Searchers local(RecordSearcher searcher) {
    return new Searchers(searcher, searcher, null);
  }

  /** A server that searches {@code backend}, described by {@code where}, without a local index. */
  static Searchers remote(SearchBackend backend, String where) {
    return new Searchers(backend, null, where);
  }

  /**
   * The handler of a page that reads the local index; without one, a handler that answers it
   * needs the local index (HTTP 501).
   */
  Routes.Handler needsLocal(Routes.Handler handler) {
    if (local != null) {
      return handler;
    }
    return (exchange, params) -> {
      throw new NeedsLocalIndex("'" + exchange.getRequestURI().getPath()
          + "' needs the local index. This server searches " + remote + ", which holds what a"
          + " search shows (fields, passages, facets), not the whole records that papers,"
          + " authors, venues, maps, summaries and exports are read from: run bri serve"
          + " without --solr where the index is.");
    };
  }

  /** A page that reads the local index, asked of a server that has none (HTTP 501). */
  static final class NeedsLocalIndex extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NeedsLocalIndex(String message) {
      super(message);
    }
  }
}
