package org.brimine.search;

import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.brimine.index.Schema;

/** Reads what a summary of a theme needs from a {@link RecordSearcher}'s index. */
public final class ThemeStatisticsReader {
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final FacetCounter facets;
  private final BiFunction<String, IndexReader, Query> parser;
  private final FilterQueries filters;

  ThemeStatisticsReader(SearcherManager searchers, Analyzer analyzer, FacetCounter facets,
      BiFunction<String, IndexReader, Query> parser, FilterQueries filters) {
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.facets = facets;
    this.parser = parser;
    this.filters = filters;
  }

  /**
   * What a summary of a theme needs over the papers that match a query, without filters.
   *
   * @see #read(String, SearchFilters, String, int, List)
   */
  public ThemeStatistics read(String queryText, String theme, int top, List<String> entityTypes)
      throws IOException {
    return read(queryText, SearchFilters.NONE, theme, top, entityTypes);
  }

  /**
   * What a summary of a theme needs to know about the papers that match a query, from the
   * index's doc values and postings; only the {@code top} records it lists are read.
   *
   * @param queryText the papers in scope (the query syntax; blank for all)
   * @param scope what the papers in scope must be besides, such as their years
   * @param theme the theme id
   * @param top the most papers, and the most citation links, to return
   * @param entityTypes the entity types to count (such as COUNTRY), each with a facet of its own
   * @throws QuerySyntaxException when the query cannot be parsed
   * @throws IOException when the index was built without the doc values this needs
   */
  public ThemeStatistics read(String queryText, SearchFilters scope, String theme, int top,
      List<String> entityTypes) throws IOException {
    if (top < 1) {
      throw new IllegalArgumentException("top must be 1 or more, got " + top);
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      // parsed for the reader it runs on: a refresh in between may change a word's clauses
      Query parsed = parser.apply(queryText, searcher.getIndexReader());
      Query scoped = scope.isEmpty() ? parsed : new BooleanQuery.Builder()
          .add(parsed, BooleanClause.Occur.MUST)
          .add(filters.all(scope), BooleanClause.Occur.FILTER).build();
      return new ThemeCounts(searcher, facets.state(searcher.getIndexReader()))
          .count(scoped, theme, analyzer.normalize(Schema.THEME, theme), top, entityTypes);
    } finally {
      searchers.release(searcher);
    }
  }
}
