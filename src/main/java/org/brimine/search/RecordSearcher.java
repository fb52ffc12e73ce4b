package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.brimine.index.Analyzers;
import org.brimine.index.HanText;
import org.brimine.index.Schema;
import org.brimine.index.Stemming;

/**
 * Searches the index: parses the query, ranks with BM25, marks passages, counts facets.
 *
 * <p>Built once and shared: it is thread-safe. {@link #refresh()} makes what another process
 * committed since visible, without reopening.
 */
public final class RecordSearcher implements SearchBackend {
  /** The stored fields of a page of hits: what a hit shows and what its passages are cut from. */
  static final Set<String> PAGE_FIELDS = Stream.concat(
      Stream.of(Schema.ID, Schema.KIND, Schema.TITLE, Schema.AUTHOR, Schema.YEAR, Schema.VENUE,
          Schema.THEME, Schema.THEME_WEIGHT), Highlights.TEXT_FIELDS.stream())
      .collect(Collectors.toUnmodifiableSet());

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final Ranker ranker;
  private final FacetCounter facets = new FacetCounter();
  private final SpareCores spareCores = new SpareCores();
  private final IndexThemes themes;
  private final FilterQueries filterQueries;
  private final RequestQueries queries;
  private final HitPages pages;
  private final MatchStream matches;

  private RecordSearcher(Directory directory, Ranking ranking, Analyzer analyzer,
      Set<String> themes, DenseRanking dense) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.searchers = IndexSearchers.of(directory, ranking);
    this.themes = new IndexThemes(themes, searchers);
    this.filterQueries = new FilterQueries(analyzer, this.themes);
    this.queries = new RequestQueries(ranking, analyzer, this.themes, filterQueries);
    this.ranker = new Ranker(ranking, analyzer);
    this.pages = new HitPages(ranker, new Highlights(analyzer), dense);
    this.matches = new MatchStream(searchers, queries, ranker);
  }

  /**
   * Opens the index in {@code dir} for reading.
   *
   * @throws IOException when there is no index there (the message says how to build one)
   */
  public static RecordSearcher open(Path dir, Ranking ranking) throws IOException {
    return open(dir, ranking, Stemming.DEFAULT);
  }

  /**
   * Opens an index written with this stemming ({@link
   * org.brimine.index.RecordWriter#open(Path, Stemming, HanText)}) for reading.
   *
   * @throws IOException when there is no index there
   */
  public static RecordSearcher open(Path dir, Ranking ranking, Stemming stemming)
      throws IOException {
    return open(dir, ranking, stemming, HanText.DEFAULT, Set.of(), null);
  }

  /**
   * Opens an index written with this stemming and analysis of Chinese text ({@link
   * org.brimine.index.RecordWriter#open(Path, Stemming, HanText)}) for reading.
   *
   * @throws IOException when there is no index there
   */
  public static RecordSearcher open(Path dir, Ranking ranking, Stemming stemming, HanText han)
      throws IOException {
    return open(dir, ranking, stemming, han, Set.of(), null);
  }

  /**
   * Opens the index in {@code dir} for reading, where a query may name these themes (the
   * taxonomy's ids) besides those the records carry.
   *
   * @throws IOException when there is no index there
   */
  public static RecordSearcher open(Path dir, Ranking ranking, Set<String> themes)
      throws IOException {
    return open(dir, ranking, Stemming.DEFAULT, HanText.DEFAULT, themes, null);
  }

  /**
   * Opens the index in {@code dir} for reading, where a query may name these themes, and ranks
   * a query of plain words by this retrieval ({@link Retrieval#DEFAULT} for the product), with
   * query vectors from {@code vectors} (see {@link DenseRanking}).
   *
   * @throws IOException when there is no index there
   */
  public static RecordSearcher open(Path dir, Ranking ranking, Set<String> themes,
      Retrieval retrieval, QueryVectors vectors) throws IOException {
    return open(dir, ranking, Stemming.DEFAULT, HanText.DEFAULT, themes,
        retrieval.usesVectors() ? new DenseRanking(retrieval, vectors) : null);
  }

  private static RecordSearcher open(Path dir, Ranking ranking, Stemming stemming, HanText han,
      Set<String> themes, DenseRanking dense) throws IOException {
    return new RecordSearcher(IndexSearchers.open(dir), ranking, Analyzers.perField(stemming, han),
        themes, dense);
  }

  /** Whether there is a readable index in {@code dir}. */
  public static boolean exists(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** The version of the index the searches see; it changes when a refresh finds a commit. */
  public long version() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return ((DirectoryReader) searcher.getIndexReader()).getVersion();
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /**
   * Runs a search.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   * @throws IllegalArgumentException when a filter names a theme neither the taxonomy nor any
   *     record has, or the request's cursor was made by another search
   */
  public SearchResults search(SearchRequest request) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      RequestQueries.Planned plan = queries.plan(request, searcher.getIndexReader());
      Query parsed = plan.parsed();
      Ranker.Ranked ranked = ranker.rank(searcher, parsed, plan.filters());
      if (!request.facets()) {
        HitPages.Page page = pages.read(searcher, request, parsed, ranked, plan.filters());
        TopDocs top = page.top();
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
            ? top.totalHits.value : searcher.count(ranked.query());
        return new SearchResults(request.query(), total, page.hits(), Map.of(), false,
            next(page, total));
      }
      // The total and the facets need every match but no scores: one more pass that skips the
      // scoring clauses, as the top hits skip what cannot make the page. With a core free it
      // runs at the same time as the ranking (after feedback's first search, if any), stored
      // fields and passages of the page; the two halves cost about the same.
      SpareCores.Both<HitPages.Page, FacetCounter.Counted> done = spareCores.both(
          () -> pages.read(searcher, request, parsed, ranked, plan.filters()),
          () -> facets.count(searcher, ranked.query()));
      FacetCounter.Counted counted = done.second();
      return new SearchResults(request.query(), counted.total(), done.first().hits(),
          counted.facets(), counted.estimated(), next(done.first(), counted.total()));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Where the page ends, when a hit follows it. */
  private static SearchCursor next(HitPages.Page page, long total) {
    return page.end() != null && page.end().rank() + 1 < total ? page.end() : null;
  }

  /**
   * Reads up to {@code max} matches of a search whole, in its order (its offset, limit and
   * facets aside), passing each to {@code sink} as it is read: an export of any size holds one
   * page of doc ids and one record at a time. The records are those of one point in time.
   *
   * @return how many records were passed
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public long export(SearchRequest request, long max, RecordSink sink) throws IOException {
    return matches.export(request, max, sink);
  }

  /**
   * Escapes Lucene's query syntax so that text is searched as plain words: for natural-language
   * queries such as a test collection's.
   */
  public static String escape(String text) {
    return QueryParser.escape(text);
  }

  /**
   * Parses a query as the search would, to check it alone: a syntax error then points at a
   * column of what the user typed.
   *
   * @throws QuerySyntaxException when the query cannot be parsed, names a field the index does
   *     not have, or a theme that neither the taxonomy nor any record has
   */
  @Override
  public void check(String queryText) {
    parse(queryText);
  }

  /** The query as the search parses it, for the index as it is now; see {@link #check}. */
  Query parse(String queryText) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return queries.parse(queryText, searcher.getIndexReader());
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The theme ids queries may name: the taxonomy's, and any that a record carries. */
  @Override
  public Set<String> themes() {
    return themes.all();
  }

  /** Up to {@code n} papers related to the record with this id, by {@link RelatedBy#PRODUCT}. */
  public List<Hit> related(String id, int n) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return Related.of(searcher, analyzer, id, n, RelatedBy.PRODUCT);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public List<FacetCount> allFacetValues(SearchRequest request, String dimension)
      throws IOException {
    return new FacetValues(searchers, queries, ranker, facets).of(request, dimension);
  }

  /**
   * Where the words of a query are in a record's text, for a reading view: see {@link
   * TermMarks}. A blank query marks nothing.
   *
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  public TermMarks marks(String queryText) {
    return queryText.isBlank() ? TermMarks.NONE : TermMarks.of(parse(queryText), analyzer);
  }

  /** Ranks records by each retrieval, without passages or facets; see {@link Rankings}. */
  public Rankings rankings() {
    return new Rankings(searchers, queries, ranker, analyzer);
  }

  /** Reads what a summary of a theme needs; see {@link ThemeStatisticsReader}. */
  public ThemeStatisticsReader themeStatistics() {
    return new ThemeStatisticsReader(searchers, analyzer, facets, queries::parse,
        filterQueries);
  }

  /** Reads what science maps need of the papers a query matches; see {@link PaperTraitsReader}. */
  public PaperTraitsReader paperTraits() {
    return new PaperTraitsReader(searchers, queries::parse, filterQueries::all);
  }

  /** Looks records up by id; see {@link RecordLookup}. */
  public RecordLookup lookup() {
    return new RecordLookup(searchers, filterQueries);
  }

  /** The works of an author or a venue, for their pages; see {@link WorkProfiles}. */
  public WorkProfiles works() {
    return new WorkProfiles(searchers, filterQueries);
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer; spareCores) {
      searchers.close();
    }
  }
}
