package org.brimine.index;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one analyzer of the index, per field: English with Porter stemming for text fields (Chinese
 * runs in them as words),
 * whole-value lower-cased for exact fields, untouched for ids. The writer and the query parser
 * share it, so query text is analysed as the field was.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Builds the per-field analyzer with the default stemming. Callers own it and close it. */
  public static Analyzer perField() {
    return perField(Stemming.DEFAULT);
  }

  /** Builds the per-field analyzer with this stemming. Callers own it and close it. */
  public static Analyzer perField(Stemming stemming) {
    return perField(stemming, HanText.DEFAULT);
  }

  /**
   * Builds the per-field analyzer with this stemming and this analysis of Chinese text. Callers
   * own it and close it.
   */
  public static Analyzer perField(Stemming stemming, HanText han) {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer exact = new ExactMatchAnalyzer();
    Analyzer ids = new KeywordAnalyzer();
    Schema.EXACT_FIELDS.forEach(f -> fields.put(f, exact));
    Schema.ID_FIELDS.forEach(f -> fields.put(f, ids));
    return new PerFieldAnalyzerWrapper(new EnglishText(stemming, han), fields);
  }
}
