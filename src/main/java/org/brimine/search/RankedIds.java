package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads the ids of ranked hits from the id field's sorted doc values, not stored fields: an
 * evaluation ranks a thousand hits a query, and stored fields decompress whole blocks per hit.
 */
final class RankedIds {
  private RankedIds() {}

  static List<RankedRecord> of(IndexReader reader, ScoreDoc[] hits, String idField)
      throws IOException {
    String[] ids = new String[hits.length];
    // doc values iterate forwards only: visit the hits in doc id order
    Integer[] order = new Integer[hits.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    SortedDocValues values = null;
    LeafReaderContext leaf = null;
    for (int i : order) {
      int doc = hits[i].doc;
      int sub = ReaderUtil.subIndex(doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        values = DocValues.getSorted(leaf.reader(), idField);
      }
      if (!values.advanceExact(doc - leaf.docBase)) {
        throw new IllegalStateException("document " + doc + " has no " + idField);
      }
      ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
    }
    List<RankedRecord> ranked = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      ranked.add(new RankedRecord(ids[i], hits[i].score));
    }
    return ranked;
  }
}
