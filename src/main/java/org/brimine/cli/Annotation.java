package org.brimine.cli;

import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.JsonCache;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.PaperRecord;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeStage;

/** Builds the product's paper annotator and theme stage, with their caches beside the index. */
final class Annotation {
  private Annotation() {}

  static PaperAnnotator annotator(Locations locations) {
    AnnotationCache cache = new AnnotationCache(locations.indexRoot().resolve("cache"),
        AnnotationCache.fingerprint(NerMode.PRODUCT));
    return new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT), Gazetteer::load, cache);
  }

  /**
   * The product's analysis of papers, with the annotation cache and the cache of records beside
   * the index.
   */
  static PaperAnalysis analysis(Locations locations) {
    return analysis(locations, annotator(locations));
  }

  /** The product's analysis of papers with this annotator, and the records cached beside the index. */
  static PaperAnalysis analysis(Locations locations, PaperAnnotator annotator) {
    return new PaperAnalysis(annotator, themes(), records(locations));
  }

  /**
   * The cache of papers' records beside the index, under a fingerprint of the annotator and of
   * this program's code and data files.
   */
  static JsonCache<PaperRecord> records(Locations locations) {
    return new JsonCache<>(locations.indexRoot().resolve("cache").resolve("records"),
        AnnotationCache.fingerprint(NerMode.PRODUCT) + CodeFingerprint.ofThisProgram(),
        PaperRecord.class);
  }

  /** The theme stage with the bundled taxonomy. */
  static ThemeStage themes() {
    return new ThemeStage(Taxonomy.load());
  }
}
