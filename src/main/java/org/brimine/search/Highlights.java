package org.brimine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.brimine.index.Schema;

/**
 * Marks the passages of each hit that match the query, with Lucene's UnifiedHighlighter over
 * the offsets stored in the postings, in the text of the hits' stored documents as the search
 * already read them.
 */
final class Highlights {
  /** Fields whose passages are shown, in order, with how many passages each may give. */
  private static final String[] FIELDS = {Schema.TITLE, Schema.ABSTRACT, Schema.BODY};
  /** The stored fields the passages are cut from. */
  static final Set<String> TEXT_FIELDS = Set.of(FIELDS);
  private static final int[] PASSAGES = {1, 1, 2};
  private static final int MAX_SHOWN = 3;

  private final Analyzer analyzer;

  Highlights(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * For each hit, its marked passages: abstract and body first, the title only if alone.
   *
   * @param stored each hit's stored document (by doc id) with at least {@link #TEXT_FIELDS}:
   *     reading a stored document decompresses all of it, so the search reads it once for the
   *     hit and its passages
   */
  List<List<String>> of(IndexSearcher searcher, Query query, ScoreDoc[] hits,
      Map<Integer, Document> stored) throws IOException {
    List<List<String>> result = new ArrayList<>(hits.length);
    if (hits.length == 0) {
      return result;
    }
    UnifiedHighlighter highlighter = new FromStored(builder(searcher, analyzer), stored);
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

  /** The highlighter's settings. */
  static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new MarkedWords(Hit.MARK_START, Hit.MARK_END, " … ", true))
        .withMaxNoHighlightPassages(0)
        // Marking the terms each field's words match (phrases still only where the phrase is)
        // took half the time of asking the whole query's Weight for its matches in every hit.
        .withWeightMatches(false);
  }

  /** A highlighter that takes the hits' text from their stored documents as already read. */
  static final class FromStored extends UnifiedHighlighter {
    private final Map<Integer, Document> stored;

    FromStored(UnifiedHighlighter.Builder builder, Map<Integer, Document> stored) {
      super(builder);
      this.stored = stored;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Document document = stored.get(doc);
        if (document == null) {
          throw new IllegalStateException("no stored document given for doc " + doc);
        }
        CharSequence[] texts = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          // as Lucene's own loading: values joined by its separator, cut at the maximum length
          String text = String.join(String.valueOf(MULTIVAL_SEP_CHAR),
              document.getValues(fields[f]));
          texts[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
        }
        values.add(texts);
      }
      return values;
    }
  }
}
