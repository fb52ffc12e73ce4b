package org.brimine.index;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.brimine.model.CitedReference;
import org.brimine.model.PaperMetadata;
import org.brimine.model.PaperRecord;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.brimine.model.ReferenceStyle;

/**
 * Takes one record out of the index for {@link RecordWriter#remove(String)}: a paper cited by
 * others falls back to a reference record (as the citing papers' reference lists describe it),
 * so that their cited-by links never point at nothing.
 */
final class RecordRemover {
  /** Deletes the reference records among these ids that nothing cites any more. */
  interface Orphans {
    void delete(Set<String> ids) throws IOException;
  }

  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentFactory documents;
  private final RecordCodec codec = new RecordCodec();

  RecordRemover(IndexWriter writer, SearcherManager searchers, DocumentFactory documents) {
    this.writer = writer;
    this.searchers = searchers;
    this.documents = documents;
  }

  Removal remove(String id, Orphans orphans) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    Set<String> cited = new LinkedHashSet<>();
    Removal removal;
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return new Removal(Removal.Outcome.NOT_FOUND, null, 0);
      }
      Document doc = searcher.storedFields().document(top.scoreDocs[0].doc);
      TopDocs citing = searcher.search(new TermQuery(new Term(Schema.CITES, id)), 10);
      int citedBy = (int) citing.totalHits.value;
      String source = doc.get(Schema.SOURCE);
      if (IndexLookups.indexed(doc).kind() == RecordKind.REFERENCE) {
        if (citedBy > 0) {
          return new Removal(Removal.Outcome.KEPT_CITED, null, citedBy);
        }
        writer.deleteDocuments(new Term(Schema.ID, id));
        return new Removal(Removal.Outcome.REMOVED, null, 0);
      }
      cited.addAll(List.of(doc.getValues(Schema.CITES)));
      cited.remove(id);
      if (citedBy > 0) {
        Reference reference = asCited(searcher, citing.scoreDocs, id)
            .orElseGet(() -> asReference(codec.paper(doc)));
        writer.updateDocument(new Term(Schema.ID, id), documents.reference(id, reference));
        removal = new Removal(Removal.Outcome.KEPT_AS_REFERENCE, source, citedBy);
      } else {
        writer.deleteDocuments(new Term(Schema.ID, id));
        removal = new Removal(Removal.Outcome.REMOVED, source, 0);
      }
    } finally {
      searchers.release(searcher);
    }
    if (!cited.isEmpty()) {
      orphans.delete(cited);
    }
    return removal;
  }

  /** The entry for {@code id} in the reference list of a paper that cites it. */
  private Optional<Reference> asCited(IndexSearcher searcher, ScoreDoc[] citing, String id)
      throws IOException {
    for (ScoreDoc hit : citing) {
      PaperRecord paper = codec.paper(searcher.storedFields().document(hit.doc));
      for (CitedReference ref : paper.paper().references()) {
        if (ref.id().equals(id)) {
          return Optional.of(ref.reference());
        }
      }
    }
    return Optional.empty();
  }

  /** A reference record made from a paper's own metadata. */
  private static Reference asReference(PaperRecord record) {
    PaperMetadata meta = record.paper().paper().metadata();
    String title = record.paper().title();
    return new Reference(title, ReferenceStyle.UNPARSED, meta.authors(), title, null,
        meta.venue(), null, meta.year(), null, null, null, meta.url(), null, meta.doi());
  }
}
