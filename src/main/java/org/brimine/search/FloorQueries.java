package org.brimine.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

/**
 * A query parsed exactly as {@link RecordSearcher} parses it, for the benchmark's floor only
 * ({@code org.brimine.bench.FloorSearcher}, a bare Lucene searcher that the product's speed is
 * measured against). Nothing of the product searches with it.
 */
public final class FloorQueries {
  private FloorQueries() {}

  /**
   * The Lucene query to run on {@code reader}, any theme id accepted; a blank one matches every
   * record.
   *
   * @throws QuerySyntaxException when the query cannot be read
   */
  public static Query read(String queryText, Ranking ranking, Analyzer analyzer,
      IndexReader reader) {
    return QueryReader.read(queryText, ranking, analyzer, null, reader);
  }
}
