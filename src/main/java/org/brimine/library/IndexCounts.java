package org.brimine.library;

import java.io.IOException;
import org.brimine.model.RecordKind;
import org.brimine.search.Ranking;
import org.brimine.search.RecordLookup;
import org.brimine.search.RecordSearcher;

/** The end of a summary line: how many records the index holds now. */
public final class IndexCounts {
  private IndexCounts() {}

  /** "index holds 5 records (1 papers, 4 references)". */
  public static String of(Library library) throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(library.lucene(), Ranking.DEFAULT)) {
      RecordLookup lookup = searcher.lookup();
      long papers = lookup.count(RecordKind.PAPER);
      long references = lookup.count(RecordKind.REFERENCE);
      return "index holds " + (papers + references) + " records (" + papers + " papers, "
          + references + " references)";
    }
  }
}
