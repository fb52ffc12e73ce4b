package org.brimine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
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

  /** The first record holding this term, or empty. */
  static Optional<IndexedRecord> first(IndexSearcher searcher, Term term) throws IOException {
    TopDocs top = searcher.search(new TermQuery(term), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(indexed(searcher.storedFields().document(top.scoreDocs[0].doc)));
  }

  /** The record holding this match key, a paper before a reference; empty when none does. */
  static Optional<IndexedRecord> byMatchKey(IndexSearcher searcher, String key)
      throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.MATCH_KEY, key)), 10);
    IndexedRecord found = null;
    for (var hit : top.scoreDocs) {
      IndexedRecord r = indexed(searcher.storedFields().document(hit.doc,
          Set.of(Schema.ID, Schema.KIND, Schema.SOURCE, Schema.HASH, Schema.TEXT_HASH)));
      if (found == null || r.kind() == RecordKind.PAPER && found.kind() != RecordKind.PAPER) {
        found = r;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The DOI stored for the record of this id; empty when none. */
  static Optional<String> doiOf(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(searcher.storedFields()
        .document(top.scoreDocs[0].doc, Set.of(Schema.DOI)).get(Schema.DOI));
  }

  /**
   * For every live document with a term in each of these single-valued fields, key field term to
   * value field term; from the terms alone, without decompressing stored documents.
   */
  static Map<String, String> termPairs(SearcherManager searchers, String keyField,
      String valueField) throws IOException {
    Map<String, String> pairs = new HashMap<>();
    termRows(searchers, keyField, List.of(valueField)).forEach((key, row) -> {
      if (row[0] != null) {
        pairs.put(key, row[0]);
      }
    });
    return pairs;
  }

  /**
   * For every live document with a term in the key field, key field term to the document's term
   * in each of the value fields (null where it has none), in their order; all single-valued; from
   * the terms alone, without decompressing stored documents.
   */
  static Map<String, String[]> termRows(SearcherManager searchers, String keyField,
      List<String> valueFields) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      Map<String, String[]> rows = new HashMap<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        String[] keys = termsByDoc(leaf.reader(), keyField);
        List<String[]> values = new ArrayList<>();
        for (String field : valueFields) {
          values.add(termsByDoc(leaf.reader(), field));
        }
        for (int doc = 0; doc < keys.length; doc++) {
          if (keys[doc] != null) {
            String[] row = new String[valueFields.size()];
            for (int i = 0; i < row.length; i++) {
              row[i] = values.get(i)[doc];
            }
            rows.put(keys[doc], row);
          }
        }
      }
      return rows;
    } finally {
      searchers.release(searcher);
    }
  }

  /** The term of this field of each live document of a segment, by document number. */
  private static String[] termsByDoc(LeafReader reader, String field) throws IOException {
    String[] byDoc = new String[reader.maxDoc()];
    Terms terms = reader.terms(field);
    if (terms == null) {
      return byDoc;
    }
    Bits live = reader.getLiveDocs();
    TermsEnum each = terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = each.next(); term != null; term = each.next()) {
      String text = term.utf8ToString();
      postings = each.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          byDoc[doc] = text;
        }
      }
    }
    return byDoc;
  }
}
