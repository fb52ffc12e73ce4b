package org.brimine.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Opens an index for {@link RecordSearcher}, and makes its searchers as the product searches. */
final class IndexSearchers {
  private IndexSearchers() {}

  /**
   * The directory of the index in {@code dir}, open.
   *
   * @throws IOException when there is no index there (the message says how to build one)
   */
  static Directory open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index at " + dir + ": run 'bri ingest' first");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no index at " + dir + ": run 'bri ingest' first");
    }
    return directory;
  }

  /** The searchers of the index in {@code directory}, each {@link #configured} to rank so. */
  static SearcherManager of(Directory directory, Ranking ranking) throws IOException {
    // BM25 keeps one norm per field whatever k1 and b are, so k1 and b are chosen at search time
    BM25Similarity similarity = new BM25Similarity(ranking.k1(), ranking.b());
    return new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return configured(reader, similarity);
      }
    });
  }

  /** A searcher of {@code reader} as the product searches: this similarity, no query cache. */
  static IndexSearcher configured(IndexReader reader, BM25Similarity similarity) {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setSimilarity(similarity);
    // No query cache. Lucene's default policy caches the matches of a query (or clause) that
    // scores nothing once it recurs among the last 256 (twice for costly ones such as ranges and
    // wildcards): the facet count's pass and the filters. A benchmark repeating its queries
    // would then partly time cache hits. Without it searches were not slower (100k papers, 255
    // queries, alternating passes in one JVM: p50 5.75 ms without the cache, 5.97 ms with it;
    // p99 61 and 71 ms).
    searcher.setQueryCache(null);
    return searcher;
  }
}
