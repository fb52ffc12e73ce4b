package org.brimine.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.brimine.index.Schema;

/** Reads how many papers cite a record from {@link Schema#CITED_BY}: 0 when it has no value. */
final class CitedByCounts {
  private CitedByCounts() {}

  /** The cited-by count of a document, by its doc id in {@code reader}. */
  static int of(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    // doc values are read forward only: a fresh iterator per look-up, as a page is ten records
    NumericDocValues counts = DocValues.getNumeric(leaf.reader(), Schema.CITED_BY);
    return counts.advanceExact(doc - leaf.docBase) ? (int) counts.longValue() : 0;
  }
}
