package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.brimine.index.Schema;

/**
 * Marks the passages of each hit that match the query, with Lucene's UnifiedHighlighter over
 * the offsets stored in the postings.
 */
final class Highlights {
  /** Fields whose passages are shown, in order, with how many passages each may give. */
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT, Schema.BODY};
  private static final int[] PASSAGES = {1, 1, 2};
  private static final int MAX_SHOWN = 3;

  private final Analyzer analyzer;

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** For each hit, its marked passages: abstract and body first, the title only if alone. */
  List<List<String>> of(IndexSearcher searcher, Query query, ScoreDoc[] hits) throws IOException {
    List<List<String>> result = new ArrayList<>(hits.length);
    if (hits.length == 0) {
      return result;
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxNoHighlightPassages(0)
        // Marking the terms each field's words match (phrases still only where the phrase is)
        // took half the time of asking the whole query's Weight for its matches in every hit.
        .withWeightMatches(false)
        .build();
    TopDocs top = new TopDocs(new TotalHits(hits.length, TotalHits.Relation.EQUAL_TO), hits);
    Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, top, PASSAGES);
    for (int i = 0; i < hits.length; i++) {
      List<String> passages = new ArrayList<>();
      for (int f = 1; f < FIELDS.length; f++) {
        String passage = byField.get(FIELDS[f])[i];
        if (passage != null && passages.size() < MAX_SHOWN) {
          passages.add(passage.strip());
        }
      }
      String title = byField.get(Schema.TITLE)[i];
      if (passages.isEmpty() && title != null) {
        passages.add(title);
      }
      result.add(passages);
    }
    return result;
  }
}
