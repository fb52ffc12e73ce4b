package org.brimine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.brimine.model.RecordKind;

/**
 * What a {@link RecordWriter}'s index holds of each source file and paper id, for an ingest to
 * decide what to skip and which ids are taken; from the terms where it can, as reading a stored
 * document means decompressing all of it.
 */
public final class IndexedSources {
  /** Brings the writer's searcher up to what it wrote. */
  interface Refresh {
    void run() throws IOException;
  }

  private final SearcherManager searchers;
  private final Refresh refresh;

  IndexedSources(SearcherManager searchers, Refresh refresh) {
    this.searchers = searchers;
    this.refresh = refresh;
  }

  /**
   * What the index holds of a source file.
   *
   * @param hash the content hash of the file its record came from
   * @param madeBy the fingerprint of the program that made the record, or null when unknown
   *     (also for every paper of an index written before the fingerprint was indexed: their
   *     records are computed again once)
   */
  public record IndexedSource(String hash, String madeBy) {}

  /**
   * The id of the paper indexed from each source file, as of the last refresh; from the terms,
   * so cheap also when every stored document would be many times more to read.
   */
  public Map<String, String> idsBySource() throws IOException {
    return IndexLookups.termPairs(searchers, Schema.SOURCE, Schema.ID);
  }

  /** What the index holds of each source file, as of the last refresh; from the terms alone. */
  public Map<String, IndexedSource> sources() throws IOException {
    Map<String, IndexedSource> sources = new HashMap<>();
    IndexLookups.termRows(searchers, Schema.SOURCE, List.of(Schema.HASH, Schema.MADE_BY))
        .forEach((source, row) -> {
          if (row[0] != null) {
            sources.put(source, new IndexedSource(row[0], row[1]));
          }
        });
    return sources;
  }

  /**
   * The papers whose id is {@code id} or starts with it and a hyphen (the ids other papers of the
   * same title and year get), at most {@code max}, as of what this writer has written so far.
   */
  public List<IndexedRecord> findPapersLike(String id, int max) throws IOException {
    refresh.run();
    IndexSearcher searcher = searchers.acquire();
    try {
      // the ids that start with id + "-", read off the terms: a PrefixQuery (or a range) is an
      // automaton, and Lucene refuses one for an id over 1,000 characters
      BooleanQuery.Builder ids = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.SHOULD);
      Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.ID);
      BytesRef prefix = new BytesRef(id + "-");
      TermsEnum variants = terms == null ? null : terms.iterator();
      if (variants != null && variants.seekCeil(prefix) != TermsEnum.SeekStatus.END) {
        int clauses = 1;
        for (BytesRef term = variants.term(); term != null
            && StringHelper.startsWith(term, prefix)
            && clauses < IndexSearcher.getMaxClauseCount(); term = variants.next()) {
          ids.add(new TermQuery(new Term(Schema.ID, BytesRef.deepCopyOf(term))),
              BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      Query papers = new BooleanQuery.Builder()
          .add(ids.build(), BooleanClause.Occur.FILTER)
          .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
              BooleanClause.Occur.FILTER)
          .build();
      List<IndexedRecord> found = new ArrayList<>();
      for (var hit : searcher.search(papers, max).scoreDocs) {
        found.add(IndexLookups.indexed(searcher.storedFields().document(hit.doc)));
      }
      return found;
    } finally {
      searchers.release(searcher);
    }
  }
}
