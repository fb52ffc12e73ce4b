package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** Cuts the page of hits a search asks for: ranks, then reads and highlights its hits. */
final class HitPages {
  private final Ranker ranker;
  private final Highlights highlights;

  HitPages(Ranker ranker, Highlights highlights) {
    this.ranker = ranker;
    this.highlights = highlights;
  }

  /** A page of hits, and the top documents it was cut from. */
  record Page(TopDocs top, List<Hit> hits) {}

  /** The page of {@code request}; {@code parsed} is what the user asked for, to mark. */
  Page read(IndexSearcher searcher, SearchRequest request, Query parsed, Ranker.Ranked ranked)
      throws IOException {
    int n = Math.max(1, request.offset() + request.limit());
    Sort sort = request.sort().sort();
    TopDocs top = sort == null ? ranker.top(searcher, ranked, n)
        : searcher.search(ranked.query(), n, sort, true);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
        Math.min(request.offset(), top.scoreDocs.length),
        Math.min(request.offset() + request.limit(), top.scoreDocs.length));
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
    return new Page(top, hits);
  }
}
