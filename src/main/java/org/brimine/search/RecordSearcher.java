package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.brimine.index.Analyzers;
import org.brimine.index.Schema;

/**
 * Searches the index: parses the query, ranks with BM25, marks passages, counts facets.
 *
 * <p>Built once and shared: it is thread-safe. {@link #refresh()} makes what another process
 * committed since visible, without reopening.
 */
public final class RecordSearcher implements Closeable {
  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.KIND, Schema.TITLE, Schema.AUTHOR, Schema.YEAR, Schema.VENUE,
          Schema.THEME, Schema.THEME_WEIGHT);

  private static final Pattern ERROR_COLUMN = Pattern.compile("at line \\d+, column (\\d+)");

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer = Analyzers.perField();
  private final Ranking ranking;
  private final Highlights highlights;
  private final FacetCounter facets = new FacetCounter();

  private RecordSearcher(Directory directory, Ranking ranking) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
    this.ranking = ranking;
    this.highlights = new Highlights(analyzer);
  }

  /**
   * Opens the index in {@code dir} for reading.
   *
   * @throws IOException when there is no index there (the message says how to build one)
   */
  public static RecordSearcher open(Path dir, Ranking ranking) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no index at " + dir + ": run 'bri ingest' first");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new IOException("no index at " + dir + ": run 'bri ingest' first");
    }
    return new RecordSearcher(directory, ranking);
  }

  /** Whether there is a readable index in {@code dir}. */
  public static boolean exists(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Makes changes committed since the last refresh visible to the next searches. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /**
   * Runs a search.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public SearchResults search(SearchRequest request) throws IOException {
    Query query = parse(request.query());
    IndexSearcher searcher = searchers.acquire();
    try {
      int n = Math.max(1, request.offset() + request.limit());
      TopDocs top = searcher.search(query, n);
      long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
          ? top.totalHits.value : searcher.count(query);
      ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
          Math.min(request.offset(), top.scoreDocs.length),
          Math.min(request.offset() + request.limit(), top.scoreDocs.length));
      List<List<String>> passages = highlights.of(searcher, query, page);
      List<Hit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document doc = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
        hits.add(StoredHits.hit(doc, page[i].score, passages.get(i)));
      }
      Map<String, List<FacetCount>> facetCounts = request.facets()
          ? facets.count(searcher, query) : Map.of();
      return new SearchResults(request.query(), total, hits, facetCounts);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Parses a query as the search would, to check it. */
  public Query parse(String queryText) {
    BriQueryParser parser = new BriQueryParser(ranking.fields(), ranking.boosts(), analyzer);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    try {
      return parser.parse(queryText.isBlank() ? "*:*" : queryText);
    } catch (ParseException e) {
      Matcher at = ERROR_COLUMN.matcher(e.getMessage());
      int column = at.find() ? Integer.parseInt(at.group(1)) : 1;
      String reason = e.getMessage().replaceFirst("(?s)^Cannot parse '.*?': ", "")
          .replaceAll("\\s+", " ").strip();
      reason = reason.replaceFirst(" Was expecting one of: .*", "");
      throw new QuerySyntaxException(queryText, column, reason, e);
    }
  }

  /** Up to {@code n} papers related to the record with this id ("more like this"). */
  public List<Hit> related(String id, int n) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return Related.of(searcher, analyzer, id, n);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Looks records up by id; see {@link RecordLookup}. */
  public RecordLookup lookup() {
    return new RecordLookup(searchers);
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      searchers.close();
    }
  }
}
