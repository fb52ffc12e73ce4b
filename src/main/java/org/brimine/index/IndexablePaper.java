package org.brimine.index;

import org.apache.lucene.document.Document;
import org.brimine.model.PaperRecord;

/**
 * A paper with its index document built, ready for {@link RecordWriter#write(IndexablePaper)}.
 * Building the document (fields, facets, the stored record) is a third of the work of writing a
 * paper and needs nothing from the index, so {@link RecordWriter#prepare} may run on any thread
 * while one thread writes.
 */
public final class IndexablePaper {
  private final PaperRecord record;
  private final Document document;

  IndexablePaper(PaperRecord record, Document document) {
    this.record = record;
    this.document = document;
  }

  /** The paper's record. */
  public PaperRecord record() {
    return record;
  }

  Document document() {
    return document;
  }
}
