package org.brimine.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.brimine.search.FacetCount;
import org.brimine.search.Hit;
import org.brimine.search.SearchResults;
import org.brimine.themes.ThemeDefinition;

/** The JSON views of the API that are not records of the stages themselves. */
final class ApiViews {
  private ApiViews() {}

  /**
   * An answer of {@code /api/search}: the results, then the search as one query in the query
   * syntax and the page asked for.
   *
   * @param query the query as typed ({@code q})
   * @param lucene the whole search, filters included, in the query syntax
   * @param cursor the token for the page after this one ({@code cursor=}); absent on the last
   */
  @JsonPropertyOrder({"query", "total", "hits", "facets", "facetsEstimated", "lucene", "page",
      "size", "cursor"})
  record SearchPage(String query, long total, List<Hit> hits,
      Map<String, List<FacetCount>> facets, boolean facetsEstimated, String lucene, int page,
      int size, @JsonInclude(JsonInclude.Include.NON_NULL) String cursor) {
    static SearchPage of(SearchResults results, SearchParams p) {
      return new SearchPage(p.q(), results.total(), results.hits(), results.facets(),
          results.facetsEstimated(), p.luceneQuery(), p.page(), p.size(),
          results.next() == null ? null : results.next().token());
    }
  }

  /** A theme of the taxonomy as {@code /api/themes} lists it, without its terms. */
  @JsonPropertyOrder({"id", "label", "group", "description"})
  record Theme(String id, String label, String group, String description) {
    static Theme of(ThemeDefinition t) {
      return new Theme(t.id(), t.label(), t.group(), t.description());
    }
  }

  /** The body of every API error. */
  @JsonPropertyOrder({"error", "detail"})
  record Error(String error, String detail) {}
}
