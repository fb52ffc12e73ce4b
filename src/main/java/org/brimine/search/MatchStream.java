package org.brimine.search;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.brimine.index.RecordCodec;
import org.brimine.index.Schema;
import org.brimine.model.RecordKind;

/**
 * Reads every match of a ranked query, whole, in the search's order, a page at a time: only a
 * page of doc ids and one record are held at once, whatever the number of matches.
 *
 * <p>NOTE: by relevance, the first page is ranked as {@link Ranker#top} ranks (the proximity
 * bonus re-ranks its first {@link Ranker#WINDOW}) and the pages after it continue from its last
 * hit with {@code searchAfter}. That hit lies past the window, so its score is the first pass's,
 * and every later hit scores no higher: the order is the search's.
 */
final class MatchStream {
  /** Hits per page: more than the re-ranked window, few enough to hold their ids. */
  static final int PAGE = 500;
  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.KIND, Schema.RECORD);

  private final SearcherManager searchers;
  private final RequestQueries queries;
  private final Ranker ranker;
  private final RecordCodec codec = new RecordCodec();

  MatchStream(SearcherManager searchers, RequestQueries queries, Ranker ranker) {
    this.searchers = searchers;
    this.queries = queries;
    this.ranker = ranker;
  }

  /**
   * Reads up to {@code max} matches of a search whole, in its order (its offset, limit and
   * facets aside), passing each to {@code sink} as it is read. The records are those of one point
   * in time.
   *
   * @return how many records were passed
   * @throws QuerySyntaxException when the query cannot be parsed
   */
  long export(SearchRequest request, long max, RecordSink sink) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      RequestQueries.Planned plan = queries.plan(request, searcher.getIndexReader());
      return read(searcher, ranker.rank(searcher, plan.parsed(), plan.filters()),
          request.sort(), max, sink);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Passes up to {@code max} matches to {@code sink}, in order; returns how many. */
  private long read(IndexSearcher searcher, Ranker.Ranked ranked, SortOrder order, long max,
      RecordSink sink) throws IOException {
    Sort sort = order.sort();
    StoredFields stored = searcher.storedFields();
    long done = 0;
    ScoreDoc after = null;
    while (done < max) {
      int n = (int) Math.min(PAGE, max - done);
      TopDocs page;
      if (sort != null) {
        page = searcher.searchAfter(after, ranked.query(), n, sort, false);
      } else if (after == null) {
        page = ranker.top(searcher, ranked, Math.max(n, Math.min(PAGE, Ranker.WINDOW + 1)));
      } else {
        page = searcher.searchAfter(after, ranked.query(), n);
      }
      ScoreDoc[] hits = page.scoreDocs;
      int take = (int) Math.min(hits.length, max - done);
      for (int i = 0; i < take; i++) {
        sink.accept(record(searcher, stored, hits[i].doc));
      }
      done += take;
      if (hits.length < n) {
        break;
      }
      after = hits[hits.length - 1];
      if (sort != null && !(after instanceof FieldDoc)) {
        throw new IllegalStateException("a sorted page gave hits without sort values");
      }
    }
    return done;
  }

  private StoredRecord record(IndexSearcher searcher, StoredFields stored, int doc)
      throws IOException {
    Document d = stored.document(doc, FIELDS);
    RecordKind kind = RecordKind.valueOf(d.get(Schema.KIND).toUpperCase(Locale.ROOT));
    int citedBy = CitedByCounts.of(searcher.getIndexReader(), doc);
    return kind == RecordKind.PAPER
        ? new StoredRecord(d.get(Schema.ID), kind, codec.paper(d), null, citedBy)
        : new StoredRecord(d.get(Schema.ID), kind, null, codec.reference(d), citedBy);
  }
}
