package org.brimine.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.Schema;

/**
 * The top records of a query by each retrieval, lexical, dense or hybrid, and of a paper's
 * related papers, without passages or facets: what an evaluation needs ({@code bri eval
 * retrieval}, {@code bri eval related}). Obtained from {@link RecordSearcher#rankings()}; it
 * searches the index as that searcher sees it.
 */
public final class Rankings {
  private final SearcherManager searchers;
  private final RequestQueries queries;
  private final Ranker ranker;
  private final Analyzer analyzer;

  Rankings(SearcherManager searchers, RequestQueries queries, Ranker ranker, Analyzer analyzer) {
    this.searchers = searchers;
    this.queries = queries;
    this.ranker = ranker;
    this.analyzer = analyzer;
  }

  /**
   * The top {@code depth} records of a query, ranked exactly as {@link RecordSearcher#search}
   * ranks them by its words alone: the lexical ranking.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public List<RankedRecord> lexical(String queryText, int depth) throws IOException {
    checkDepth(depth);
    IndexSearcher searcher = searchers.acquire();
    try {
      Query parsed = queries.parse(queryText, searcher.getIndexReader());
      TopDocs top = ranker.top(searcher, ranker.rank(searcher, parsed, List.of()), depth);
      return RankedIds.of(searcher.getIndexReader(), top.scoreDocs, Schema.ID);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The top {@code depth} papers nearest to a query vector in a vector field ({@link
   * Schema#vector}), by the HNSW graph (approximate, as Lucene's {@link KnnFloatVectorQuery}
   * searches): the dense ranking. Records without a vector in the field are never found.
   */
  public List<RankedRecord> dense(float[] vector, String field, int depth) throws IOException {
    checkDepth(depth);
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new KnnFloatVectorQuery(field, vector, depth), depth);
      return RankedIds.of(searcher.getIndexReader(), top.scoreDocs, Schema.ID);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The top {@code depth} records of a hybrid search, as {@link RecordSearcher#search} ranks a
   * query of plain words with a hybrid {@link Retrieval}: the lexical ranking ({@link #lexical})
   * with its first {@link DenseRanking#CANDIDATES} re-ranked by {@code fusion} with their
   * vectors' similarity to {@code vector} in {@code field}.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public List<RankedRecord> hybrid(String queryText, float[] vector, String field,
      Fusion fusion, int depth) throws IOException {
    checkDepth(depth);
    IndexSearcher searcher = searchers.acquire();
    try {
      Query parsed = queries.parse(queryText, searcher.getIndexReader());
      TopDocs top = ranker.top(searcher, ranker.rank(searcher, parsed, List.of()),
          Math.max(depth, DenseRanking.CANDIDATES));
      return RankedIds.of(searcher.getIndexReader(), DenseRanking.fuse(
          searcher.getIndexReader(), top.scoreDocs, vector, field, fusion, depth), Schema.ID);
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The top {@code depth} papers related to the record with this id, found as {@code by} says
   * ({@link RecordSearcher#related} finds them by {@link RelatedBy#PRODUCT}); none when no
   * record has the id.
   */
  public List<RankedRecord> related(String id, int depth, RelatedBy by) throws IOException {
    checkDepth(depth);
    IndexSearcher searcher = searchers.acquire();
    try {
      return RankedIds.of(searcher.getIndexReader(),
          Related.ranked(searcher, analyzer, id, depth, by), Schema.ID);
    } finally {
      searchers.release(searcher);
    }
  }

  private static void checkDepth(int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("depth must be 1 or more, got " + depth);
    }
  }
}
