package org.brimine.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.brimine.index.Schema;

/**
 * Every value of one facet dimension among the matches of a search: what "more" on a facet
 * shows. Used by {@link RecordSearcher#allFacetValues}.
 */
public final class FacetValues {
  /** The most values of one facet dimension that {@link #of} counts. */
  public static final int MAX = 1_000;
  /** How many values of each dimension a search's facets have. */
  public static final int PER_SEARCH = FacetCounter.TOP_VALUES;

  private final SearcherManager searchers;
  private final RequestQueries queries;
  private final Ranker ranker;
  private final FacetCounter facets;

  FacetValues(SearcherManager searchers, RequestQueries queries, Ranker ranker,
      FacetCounter facets) {
    this.searchers = searchers;
    this.queries = queries;
    this.ranker = ranker;
    this.facets = facets;
  }

  /**
   * Every value of one facet dimension among the matches of a search (up to {@link #MAX}), the
   * most frequent first. Counted as the search counts its facets, from the same sample when
   * there are many matches.
   *
   * @param dimension one of {@link Schema#FACETS}
   * @throws IllegalArgumentException naming the dimensions, when it is none of them
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public List<FacetCount> of(SearchRequest request, String dimension) throws IOException {
    if (!Schema.FACETS.contains(dimension)) {
      throw new IllegalArgumentException("no facet '" + dimension + "'; the facets are "
          + String.join(", ", Schema.FACETS));
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      // planned for the reader it runs on, as the search is
      RequestQueries.Planned plan = queries.plan(request, searcher.getIndexReader());
      Query matches = ranker.rank(searcher, plan.parsed(), plan.filters()).query();
      return facets.count(searcher, matches, List.of(dimension), MAX).facets()
          .getOrDefault(dimension, List.of());
    } finally {
      searchers.release(searcher);
    }
  }
}
