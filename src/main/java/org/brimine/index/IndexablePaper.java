package org.brimine.index;

import org.apache.lucene.document.Document;
import org.brimine.model.AnnotatedPaper;

/**
 * A paper with its index document built, ready for {@link RecordWriter#write(IndexablePaper)}.
 * Building the document (fields, facets, the stored record) is a third of the work of writing a
 * paper and needs nothing from the index, so {@link RecordWriter#prepare} may run on any thread
 * while one thread writes.
 */
public final class IndexablePaper {
  private final AnnotatedPaper paper;
  private final Document document;

  IndexablePaper(AnnotatedPaper paper, Document document) {
    this.paper = paper;
    this.document = document;
  }

  /** The paper. */
  public AnnotatedPaper paper() {
    return paper;
  }

  Document document() {
    return document;
  }
}
