package org.brimine.search;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.brimine.index.Schema;

/** Reads the stored fields of a document into a hit. */
final class StoredHits {
  private StoredHits() {}

  static Hit hit(Document doc, float score, List<String> highlights) {
    IndexableField year = doc.getField(Schema.YEAR);
    return new Hit(doc.get(Schema.ID), doc.get(Schema.KIND), doc.get(Schema.TITLE),
        List.of(doc.getValues(Schema.AUTHOR)),
        year == null ? null : year.numericValue().intValue(),
        doc.get(Schema.VENUE), score, highlights);
  }
}
