package org.brimine.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.brimine.index.Schema;

/** Reads the stored fields of a document into a hit. */
final class StoredHits {
  private StoredHits() {}

  /** How many themes a hit lists. */
  private static final int TOP_THEMES = 3;

  static Hit hit(Document doc, float score, List<String> highlights) {
    return hit(doc, score, highlights, 0);
  }

  /** A hit that {@code citedBy} papers cite. */
  static Hit hit(Document doc, float score, List<String> highlights, int citedBy) {
    IndexableField year = doc.getField(Schema.YEAR);
    String[] themes = doc.getValues(Schema.THEME);
    IndexableField[] weights = doc.getFields(Schema.THEME_WEIGHT);
    List<Hit.HitTheme> top = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP_THEMES, Math.min(themes.length, weights.length)); i++) {
      top.add(new Hit.HitTheme(themes[i], weights[i].numericValue().doubleValue()));
    }
    return new Hit(doc.get(Schema.ID), doc.get(Schema.KIND), doc.get(Schema.TITLE),
        List.of(doc.getValues(Schema.AUTHOR)),
        year == null ? null : year.numericValue().intValue(),
        doc.get(Schema.VENUE), score, highlights, top, citedBy);
  }
}
