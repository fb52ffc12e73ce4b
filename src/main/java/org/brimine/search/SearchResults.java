package org.brimine.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answer to a search.
 *
 * @param query the query as given
 * @param total how many records match in all
 * @param hits the requested page of hits, best first
 * @param facets per facet dimension, its most frequent values among all matches (empty when
 *     facets were not asked for)
 * @param facetsEstimated whether the facet counts are estimates, scaled up from a random sample
 *     of the matches (from 2,000 matches on); the total is always exact
 * @param next where this page ends, for the page after it ({@link SearchRequest#after()}); null
 *     when no hit follows
 */
public record SearchResults(String query, long total, List<Hit> hits,
    Map<String, List<FacetCount>> facets, boolean facetsEstimated, SearchCursor next) {
  /** The answer of a search that no page follows. */
  public SearchResults(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, boolean facetsEstimated) {
    this(query, total, hits, facets, facetsEstimated, null);
  }

  public SearchResults {
    hits = List.copyOf(hits);
    // in the order counted (the schema's), not Map.copyOf's, which changes from run to run
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
