package org.brimine.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.brimine.index.Analyzers;
import org.brimine.search.FloorQueries;
import org.brimine.search.QuerySyntaxException;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;

/**
 * A bare Lucene searcher over the index, for benchmarks: the query parsed as {@link
 * RecordSearcher} parses it, then {@code IndexSearcher.search(query, 10)} with BM25 and nothing
 * else (no proximity bonus, no feedback, no passages, no facets, no stored fields). Its speed is
 * the floor that the product's searches are measured against.
 */
public final class FloorSearcher implements Closeable {
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = Analyzers.perField();
  private final Ranking ranking;

  private FloorSearcher(Directory directory, Ranking ranking) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.ranking = ranking;
  }

  /** Opens the index in {@code dir}, parsing queries with this ranking's fields and boosts. */
  public static FloorSearcher open(Path dir, Ranking ranking) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      return new FloorSearcher(directory, ranking);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * Parses and runs a query for its top {@code n} hits; returns how many were found.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public int search(String queryText, int n) throws IOException {
    return searcher.search(FloorQueries.read(queryText, ranking, analyzer, reader), n)
        .scoreDocs.length;
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      reader.close();
    }
  }
}
