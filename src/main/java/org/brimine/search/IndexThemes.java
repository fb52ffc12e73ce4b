package org.brimine.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.BytesRef;
import org.brimine.index.Schema;

/**
 * The theme ids a query may name: those of the taxonomy, and any that a record of the index
 * carries (an index built with another taxonomy).
 */
final class IndexThemes implements BriQueryParser.ThemeIds {
  private final Set<String> taxonomy;
  private final SearcherManager searchers;

  IndexThemes(Set<String> taxonomy, SearcherManager searchers) {
    this.taxonomy = Set.copyOf(taxonomy);
    this.searchers = searchers;
  }

  @Override
  public boolean contains(String id) {
    return taxonomy.contains(id) || carried(id);
  }

  /** Whether a record carries this theme: one term look-up. */
  private boolean carried(String id) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().docFreq(new Term(Schema.THEME, id)) > 0;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Set<String> all() {
    Set<String> ids = new HashSet<>(taxonomy);
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Schema.THEME);
        if (terms != null) {
          TermsEnum each = terms.iterator();
          for (BytesRef t = each.next(); t != null; t = each.next()) {
            ids.add(t.utf8ToString());
          }
        }
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(ids);
  }
}
