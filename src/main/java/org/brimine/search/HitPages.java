package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.Schema;

/**
 * Cuts the page of hits a search asks for, from its offset or after a {@link SearchCursor}:
 * ranks, then reads and highlights its hits, and says where the page ends.
 */
final class HitPages {
  private final Ranker ranker;
  private final Highlights highlights;
  /** Ranks by vectors too, or null: lexical ranking alone. */
  private final DenseRanking dense;

  HitPages(Ranker ranker, Highlights highlights, DenseRanking dense) {
    this.ranker = ranker;
    this.highlights = highlights;
    this.dense = dense;
  }

  /**
   * A page of hits, and the top documents it was cut from.
   *
   * @param end where the page ends, null when it has no hit
   */
  record Page(TopDocs top, List<Hit> hits, SearchCursor end) {}

  /** The hits of a page: the rank of the first, from 0. */
  private record Cut(TopDocs top, ScoreDoc[] hits, long first) {}

  /**
   * The page of {@code request}; {@code parsed} is what the user asked for, to mark.
   *
   * @throws IllegalArgumentException when the request's cursor was made by another search
   */
  Page read(IndexSearcher searcher, SearchRequest request, Query parsed, Ranker.Ranked ranked,
      List<Query> filters) throws IOException {
    Optional<DenseRanking.Embedded> vector =
        dense != null && dense.ranks(request.query(), request.sort())
            ? dense.vector(request.query()) : Optional.empty();
    Relevance top = depth -> vector.isPresent()
        ? dense.top(searcher, ranker.top(searcher, ranked,
            Math.max(depth, DenseRanking.CANDIDATES)), vector.get(), filters, depth)
        : ranker.top(searcher, ranked, depth);
    // the hits a fusion re-ranks are ranked again, as the ranker's window is, to continue a cursor
    int window = vector.isPresent() ? Math.max(Ranker.WINDOW, DenseRanking.CANDIDATES)
        : Ranker.WINDOW;
    Cut cut = request.after() == null ? fromOffset(searcher, request, ranked, top)
        : after(searcher, request, ranked, top, window, vector.isPresent());
    ScoreDoc[] page = cut.hits();
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> docs = new HashMap<>();
    for (ScoreDoc hit : page) {
      docs.put(hit.doc, stored.document(hit.doc, RecordSearcher.PAGE_FIELDS));
    }
    // passages mark what the user asked for, not the words feedback added
    List<List<String>> passages = highlights.of(searcher, parsed, page, docs);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      hits.add(StoredHits.hit(docs.get(page[i].doc), page[i].score, passages.get(i),
          CitedByCounts.of(searcher.getIndexReader(), page[i].doc)));
    }
    SearchCursor end = null;
    if (page.length > 0) {
      ScoreDoc last = page[page.length - 1];
      long value = last instanceof FieldDoc f ? ((Number) f.fields[0]).longValue() : 0;
      end = new SearchCursor(request.sort(), SearchCursor.checksum(request),
          version(searcher.getIndexReader()), cut.first() + page.length - 1, last.score, last.doc, value, hits.get(page.length - 1)
          .id());
    }
    return new Page(cut.top(), hits, end);
  }

  /** The first hits in relevance order: lexical, or fused with vectors. */
  @FunctionalInterface
  private interface Relevance {
    TopDocs top(int depth) throws IOException;
  }

  private Cut fromOffset(IndexSearcher searcher, SearchRequest request, Ranker.Ranked ranked,
      Relevance relevance) throws IOException {
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = request.sort().sort();
    TopDocs top = sort == null ? relevance.top(n)
        : searcher.search(ranked.query(), n, sort, true);
    return new Cut(top, slice(top.scoreDocs, request.offset(), request.limit()),
        request.offset());
  }

  /**
   * The hits after the cursor. A sorted order and relevance past the re-ranked window continue
   * with {@code searchAfter}; inside the window, the top is ranked again and the cursor's hit
   * found in it by id (at its rank unless the index changed).
   */
  private Cut after(IndexSearcher searcher, SearchRequest request, Ranker.Ranked ranked,
      Relevance relevance, int window, boolean fused) throws IOException {
    SearchCursor after = request.after();
    after.checkContinues(request);
    int n = Math.max(1, request.limit());
    IndexReader reader = searcher.getIndexReader();
    // a doc id past the end is refused by searchAfter; the last one excludes every tie
    int lastDoc = Math.max(0, reader.maxDoc() - 1);
    Sort sort = request.sort().sort();
    // the index changed since the cursor was made: the record's place in the order now
    ScoreDoc now = after.version() == version(reader) ? null
        : current(searcher, ranked.query(), sort, after.id());
    TopDocs top;
    if (sort != null) {
      // the order ends in the id, unique: the only tie is the cursor's record itself
      FieldDoc at = now != null ? new FieldDoc(lastDoc, now.score, ((FieldDoc) now).fields)
          : new FieldDoc(lastDoc, after.score(), new Object[] {
              primary(sort.getSort()[0], after.value()), after.score(),
              new BytesRef(after.id())});
      top = searcher.searchAfter(at, ranked.query(), n, sort, true);
    } else if (after.rank() >= window) {
      // below a fused window a hit's score is made up (under the fused ones), not its words'
      // score that searchAfter compares: the record's words' score is read again
      ScoreDoc at = now != null ? now
          : fused ? current(searcher, ranked.query(), null, after.id()) : null;
      at = at != null ? at : new ScoreDoc(Math.min(after.doc(), lastDoc), after.score());
      top = searcher.searchAfter(at, ranked.query(), n);
    } else {
      top = relevance.top((int) after.rank() + 1 + n);
      int from = position(reader, top.scoreDocs, after) + 1;
      return new Cut(top, slice(top.scoreDocs, from, request.limit()), from);
    }
    return new Cut(top, slice(top.scoreDocs, 0, request.limit()), after.rank() + 1);
  }

  /** The cursor's sort value as the order's first sort field holds it. */
  private static Object primary(SortField field, long value) {
    return field.getType() == SortField.Type.INT ? (Object) (int) value : (Object) value;
  }

  /** The record's hit in the search now (sort values or score, doc id); null when none. */
  private static ScoreDoc current(IndexSearcher searcher, Query query, Sort sort, String id)
      throws IOException {
    Query one = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER).build();
    TopDocs found = sort == null ? searcher.search(one, 1) : searcher.search(one, 1, sort, true);
    return found.scoreDocs.length == 0 ? null : found.scoreDocs[0];
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader d ? d.getVersion() : -1;
  }

  /** Where the cursor's record is among {@code hits}: at its rank, else by id, else its rank. */
  private static int position(IndexReader reader, ScoreDoc[] hits, SearchCursor after)
      throws IOException {
    int rank = (int) after.rank();
    if (rank < hits.length && after.id().equals(idAt(reader, hits[rank].doc))) {
      return rank;
    }
    for (int i = 0; i < hits.length; i++) {
      if (after.id().equals(idAt(reader, hits[i].doc))) {
        return i;
      }
    }
    return rank;
  }

  /** The record id of a doc, or null when there is no such doc. */
  private static String idAt(IndexReader reader, int doc) throws IOException {
    if (doc >= reader.maxDoc()) {
      return null;
    }
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    SortedDocValues ids = DocValues.getSorted(leaf.reader(), Schema.ID);
    return ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString()
        : null;
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, long from, int limit) {
    int start = (int) Math.min(from, all.length);
    return Arrays.copyOfRange(all, start, (int) Math.min((long) start + limit, all.length));
  }
}
