package org.brimine.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The records whose cited-by count ({@link Schema#CITED_BY}) may have changed since the last
 * commit, and their recount: the papers written and removed, and the works they cite or cited.
 * Not thread-safe; owned by the {@link RecordWriter}.
 */
final class CitedByRecount {
  private final Set<String> stale = new HashSet<>();

  void mark(String id) {
    stale.add(id);
  }

  void markAll(Collection<String> ids) {
    stale.addAll(ids);
  }

  boolean isEmpty() {
    return stale.isEmpty();
  }

  /**
   * Sets the count of each stale record to the live papers that cite it, as the searcher sees
   * them (it must see everything written so far). The doc values are updated in place; the
   * record's document is not written again.
   */
  void recount(IndexWriter writer, IndexSearcher searcher) throws IOException {
    for (String id : stale) {
      writer.updateNumericDocValue(new Term(Schema.ID, id), Schema.CITED_BY,
          searcher.count(new TermQuery(new Term(Schema.CITES, id))));
    }
    stale.clear();
  }

  /** The ids a record cites, as the searcher sees it; empty when there is no record. */
  static List<String> citesOf(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
    return top.scoreDocs.length == 0 ? List.of() : List.of(searcher.storedFields()
        .document(top.scoreDocs[0].doc, Set.of(Schema.CITES)).getValues(Schema.CITES));
  }
}
