package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.brimine.model.WorkKeys;

/** Reads whole records by id, with the papers that cite them; lists records. */
public final class RecordLookup {
  private static final Sort BY_ID = new Sort(new SortField(Schema.ID, SortField.Type.STRING));
  /** How many records a deep page skips at a time. */
  private static final int SKIP_STEP = 100_000;

  private final SearcherManager searchers;
  private final RecordCodec codec = new RecordCodec();
  private final FilterQueries filters;

  RecordLookup(SearcherManager searchers, FilterQueries filters) {
    this.searchers = searchers;
    this.filters = filters;
  }

  /** The record with this id, or empty when there is none. */
  public Optional<RecordDetails> find(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      RecordKind kind = RecordKind.valueOf(doc.get(Schema.KIND).toUpperCase(java.util.Locale.ROOT));
      List<Hit> citedBy = hits(searcher, new TermQuery(new Term(Schema.CITES, id)),
          Integer.MAX_VALUE);
      return Optional.of(kind == RecordKind.PAPER
          ? RecordDetails.ofPaper(codec.paper(doc), citedBy)
          : RecordDetails.ofReference(id, codec.reference(doc), citedBy));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The paper a reference record became, where the index knows it: a paper that shares one of
   * the reference's keys ({@link WorkKeys}: DOI, database id, author-year-volume-page,
   * title-year-author) under another id. (A paper of the reference's own id replaced it.)
   */
  public Optional<Hit> paperOf(Reference reference) throws IOException {
    List<String> keys = WorkKeys.of(reference);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    keys.forEach(k -> any.add(new TermQuery(new Term(Schema.MATCH_KEY, k)),
        BooleanClause.Occur.SHOULD));
    Query papers = new BooleanQuery.Builder()
        .add(any.build(), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER).build();
    IndexSearcher searcher = searchers.acquire();
    try {
      List<Hit> found = hits(searcher, papers, 1);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * A page of records sorted by id.
   *
   * @param hits the records of the page
   * @param offset how many records sorted before the page
   * @param total how many records there are in all
   */
  public record Listing(List<Hit> hits, int offset, long total) {
    public Listing {
      hits = List.copyOf(hits);
    }

    /** Whether records come after this page. */
    public boolean more() {
      return offset + hits.size() < total;
    }
  }

  /**
   * Lists records, sorted by id.
   *
   * @param which which records ({@link SearchFilters#NONE} for all)
   * @param limit the most to list
   */
  public List<Hit> list(SearchFilters which, int limit) throws IOException {
    return list(which, 0, limit).hits();
  }

  /**
   * Lists a page of records, sorted by id, with how many there are in all.
   *
   * @param which which records ({@link SearchFilters#NONE} for all)
   * @param offset how many records to skip
   * @param limit the most to list
   */
  public Listing list(SearchFilters which, int offset, int limit) throws IOException {
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit must be 0 or more, got " + offset
          + " and " + limit);
    }
    Query q = filters.all(which);
    IndexSearcher searcher = searchers.acquire();
    try {
      long total = searcher.count(q);
      ScoreDoc after = null;
      // skip in bounded steps: a deep page never holds every record before it in memory
      for (int skipped = 0; skipped < offset && skipped < total; ) {
        ScoreDoc[] step = searcher.searchAfter(after, q, Math.min(SKIP_STEP, offset - skipped),
            BY_ID).scoreDocs;
        if (step.length == 0) {
          break;
        }
        after = step[step.length - 1];
        skipped += step.length;
      }
      List<Hit> hits = new ArrayList<>();
      if (limit > 0 && offset < total) {
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.searchAfter(after, q, limit, BY_ID).scoreDocs) {
          hits.add(StoredHits.hit(stored.document(sd.doc), 0f, List.of()));
        }
      }
      return new Listing(hits, offset, total);
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many records of each kind the index holds. */
  public long count(RecordKind kind) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.count(new TermQuery(new Term(Schema.KIND, kind.label())));
    } finally {
      searchers.release(searcher);
    }
  }

  private static List<Hit> hits(IndexSearcher searcher, Query query, int limit)
      throws IOException {
    int n = Math.max(1, Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc())));
    TopDocs top = searcher.search(query, n, new Sort(new SortField(Schema.ID, SortField.Type.STRING)));
    List<Hit> hits = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      hits.add(StoredHits.hit(searcher.storedFields().document(sd.doc), 0f, List.of()));
    }
    return hits;
  }
}
