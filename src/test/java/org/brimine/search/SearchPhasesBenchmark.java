package org.brimine.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.brimine.bench.FloorSearcher;
import org.brimine.index.Analyzers;
import org.brimine.index.Stemming;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the phases of a search, each over the fixed query set of {@code bri
 * bench search} (one query an invocation, in turn), on an index built by {@code bri bench scale}
 * (a synthetic corpus, for speed only). Sample-time mode reports each phase's percentiles:
 * {@code floor} and {@code search} are the two sides of {@code bri bench search}; {@code topHits},
 * {@code storedFields}, {@code passages} and {@code facetCount} are the parts of {@code search}
 * (the page's hits ranked, read and marked on the caller; the count on a second core). The
 * command is in BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class SearchPhasesBenchmark {
  private static final String QUERIES = "/org/brimine/bench/bench-queries.txt";
  private static final int HITS = 10;

  /** The Lucene index folder (the {@code lucene} folder inside {@code bri bench scale --out}). */
  @Param("/tmp/bri-scale/lucene")
  public String index;

  private final List<String> texts = new ArrayList<>();
  private final List<Query> parsed = new ArrayList<>();
  private final List<Ranker.Ranked> ranked = new ArrayList<>();
  private final List<ScoreDoc[]> pages = new ArrayList<>();
  private final List<Map<Integer, Document>> documents = new ArrayList<>();
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private Analyzer analyzer;
  private Ranker ranker;
  private Highlights highlights;
  private FacetCounter facets;
  private RecordSearcher product;
  private FloorSearcher floor;
  private int next;

  @Setup(Level.Trial)
  public void open() throws IOException {
    Path dir = Path.of(index);
    if (!RecordSearcher.exists(dir)) {
      throw new IOException("no index at " + dir + ": build one with './bri bench scale "
          + "--papers 100000 --out DIR' and pass -p index=DIR/lucene");
    }
    product = RecordSearcher.open(dir, Ranking.DEFAULT);
    floor = FloorSearcher.open(dir, Ranking.DEFAULT);
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = IndexSearchers.configured(reader,
        new BM25Similarity(Ranking.DEFAULT.k1(), Ranking.DEFAULT.b()));
    analyzer = Analyzers.perField(Stemming.DEFAULT);
    ranker = new Ranker(Ranking.DEFAULT, analyzer);
    highlights = new Highlights(analyzer);
    facets = new FacetCounter();
    try (InputStream in = SearchPhasesBenchmark.class.getResourceAsStream(QUERIES)) {
      if (in == null) {
        throw new IOException("resource missing: " + QUERIES);
      }
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(texts::add);
    }
    for (String text : texts) {
      Query query = product.parse(text);
      Ranker.Ranked r = ranker.rank(searcher, query, List.of());
      ScoreDoc[] page = ranker.top(searcher, r, HITS).scoreDocs;
      Map<Integer, Document> docs = new HashMap<>();
      for (ScoreDoc hit : page) {
        docs.put(hit.doc, searcher.storedFields().document(hit.doc, RecordSearcher.PAGE_FIELDS));
      }
      parsed.add(query);
      ranked.add(r);
      pages.add(page);
      documents.add(docs);
    }
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    try (FloorSearcher f = floor; RecordSearcher p = product; Analyzer a = analyzer) {
      reader.close();
    }
  }

  private int nextQuery() {
    int i = next;
    next = (next + 1) % texts.size();
    return i;
  }

  /** A bare IndexSearcher's top 10, the query parsed as the product parses it. */
  @Benchmark
  public int floor() throws IOException {
    return floor.search(texts.get(nextQuery()), HITS);
  }

  /** The product's whole search: ranking, stored fields, passages, total and facets. */
  @Benchmark
  public SearchResults search() throws IOException {
    return product.search(new SearchRequest(texts.get(nextQuery()), 0, HITS, true));
  }

  /** The first pass's top hits and the proximity bonus's re-ranking. */
  @Benchmark
  public ScoreDoc[] topHits() throws IOException {
    return ranker.top(searcher, ranked.get(nextQuery()), HITS).scoreDocs;
  }

  /** The stored fields of a page of hits. */
  @Benchmark
  public int storedFields() throws IOException {
    int fields = 0;
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : pages.get(nextQuery())) {
      fields += stored.document(hit.doc, RecordSearcher.PAGE_FIELDS).getFields().size();
    }
    return fields;
  }

  /** The marked passages of a page of hits, from their stored fields as already read. */
  @Benchmark
  public List<List<String>> passages() throws IOException {
    int i = nextQuery();
    return highlights.of(searcher, parsed.get(i), pages.get(i), documents.get(i));
  }

  /**
   * The parts above one after another on one thread, from the query's text: what {@code
   * search} would cost without a second core (set beside {@code search}).
   */
  @Benchmark
  public FacetCounter.Counted serial() throws IOException {
    int i = nextQuery();
    Query query = product.parse(texts.get(i));
    Ranker.Ranked r = ranker.rank(searcher, query, List.of());
    ScoreDoc[] page = ranker.top(searcher, r, HITS).scoreDocs;
    Map<Integer, Document> docs = new HashMap<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : page) {
      docs.put(hit.doc, stored.document(hit.doc, RecordSearcher.PAGE_FIELDS));
    }
    highlights.of(searcher, query, page, docs);
    return facets.count(searcher, r.query());
  }

  /** The exact total and the facet counts (sampled above 2,000 matches). */
  @Benchmark
  public FacetCounter.Counted facetCount() throws IOException {
    return facets.count(searcher, ranked.get(nextQuery()).query());
  }
}
