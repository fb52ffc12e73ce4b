package org.brimine.library;

import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.JsonCache;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.cli.Locations;
import org.brimine.model.PaperRecord;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeStage;

/** Builds the product's paper annotator and theme stage, with their caches beside the index. */
public final class StageFactory {
  private StageFactory() {}

  public static PaperAnnotator annotator(Locations locations) {
    AnnotationCache cache = new AnnotationCache(locations.indexRoot().resolve("cache"),
        AnnotationCache.fingerprint(NerMode.PRODUCT));
    return new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT), Gazetteer::load, cache);
  }

  /**
   * The product's analysis of papers, with the annotation cache and the cache of records beside
   * the index.
   */
  public static PaperAnalysis analysis(Locations locations) {
    return analysis(locations, annotator(locations));
  }

  /**
   * The product's analysis of papers with this annotator, and the records cached beside the
   * index under its fingerprint and the program's (none when the annotator has no cache).
   */
  public static PaperAnalysis analysis(Locations locations, PaperAnnotator annotator) {
    JsonCache<PaperRecord> records = annotator.fingerprint()
        .flatMap(annotation -> CodeFingerprint.ofThisProgram()
            .map(code -> records(locations, annotation + code)))
        .orElse(null);
    return new PaperAnalysis(annotator, themes(), records);
  }

  /** The cache of papers' records beside the index, for records made under this fingerprint. */
  public static JsonCache<PaperRecord> records(Locations locations, String fingerprint) {
    return new JsonCache<>(locations.indexRoot().resolve("cache").resolve("records"),
        fingerprint, PaperRecord.class);
  }

  /** The theme stage with the bundled taxonomy. */
  public static ThemeStage themes() {
    return new ThemeStage(Taxonomy.load());
  }
}
