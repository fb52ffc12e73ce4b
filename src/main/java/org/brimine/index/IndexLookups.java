package org.brimine.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.brimine.model.RecordKind;

/** Small look-ups on an open index that the writer needs. */
final class IndexLookups {
  private IndexLookups() {}

  /**
   * The kind of the record with this id, or null when there is none; from the terms alone, as
   * reading a stored document means decompressing all of it.
   */
  static RecordKind kindOf(IndexSearcher searcher, String id) throws IOException {
    Query byId = new TermQuery(new Term(Schema.ID, id));
    Query paper = new BooleanQuery.Builder()
        .add(byId, BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, RecordKind.PAPER.label())),
            BooleanClause.Occur.FILTER)
        .build();
    if (searcher.count(paper) > 0) {
      return RecordKind.PAPER;
    }
    return searcher.count(byId) > 0 ? RecordKind.REFERENCE : null;
  }

  /** What a stored document says about its record. */
  static IndexedRecord indexed(Document doc) {
    return new IndexedRecord(doc.get(Schema.ID),
        RecordKind.valueOf(doc.get(Schema.KIND).toUpperCase(java.util.Locale.ROOT)),
        doc.get(Schema.SOURCE), doc.get(Schema.HASH), doc.get(Schema.TEXT_HASH));
  }

  /** For every live document that stores both fields, key field value to value field value. */
  static Map<String, String> storedPairs(SearcherManager searchers, String keyField,
      String valueField) throws IOException {
    Map<String, String> pairs = new HashMap<>();
    storedByKey(searchers, keyField, Set.of(valueField)).forEach((key, d) -> {
      if (d.get(valueField) != null) {
        pairs.put(key, d.get(valueField));
      }
    });
    return pairs;
  }

  /**
   * For every live document that stores the key field, key field value to the document's stored
   * values of the given fields, in one pass over the stored documents.
   */
  static Map<String, Document> storedByKey(SearcherManager searchers, String keyField,
      Set<String> fields) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      Set<String> wanted = new HashSet<>(fields);
      wanted.add(keyField);
      Map<String, Document> byKey = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live == null || live.get(doc)) {
            Document d = stored.document(doc, wanted);
            if (d.get(keyField) != null) {
              byKey.put(d.get(keyField), d);
            }
          }
        }
      }
      return byKey;
    } finally {
      searchers.release(searcher);
    }
  }
}
