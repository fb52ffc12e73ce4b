package org.brimine.search;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * Reads a search's query text and filters into the Lucene queries that run on one index reader.
 *
 * <p>NOTE: parse with the reader of the searcher the query will run on: a word's entity clause
 * depends on that reader's terms, and a refresh in between may change them.
 */
final class RequestQueries {
  private final Ranking ranking;
  private final Analyzer analyzer;
  private final IndexThemes themes;
  private final FilterQueries filters;

  RequestQueries(Ranking ranking, Analyzer analyzer, IndexThemes themes, FilterQueries filters) {
    this.ranking = ranking;
    this.analyzer = analyzer;
    this.themes = themes;
    this.filters = filters;
  }

  /** A request's query, ranked, and the filters every hit must pass, without scoring. */
  record Planned(Query parsed, List<Query> filters) {}

  /**
   * The queries of a request for {@code reader}. With no words, a theme filter ranks: its papers
   * by the theme's weight in them.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   * @throws IllegalArgumentException when a filter names a theme neither the taxonomy nor any
   *     record has
   */
  Planned plan(SearchRequest request, IndexReader reader) {
    SearchFilters f = request.filters();
    boolean themeRanks = request.query().isBlank() && f.theme() != null;
    List<Query> required = filters.of(f, !themeRanks);
    Query parsed = themeRanks ? filters.rankedTheme(f.theme()) : parse(request.query(), reader);
    return new Planned(parsed, required);
  }

  /**
   * The query as the search parses it to run on {@code reader}.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  Query parse(String queryText, IndexReader reader) {
    return QueryReader.read(queryText, ranking, analyzer, themes, reader);
  }
}
