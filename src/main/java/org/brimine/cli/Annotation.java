package org.brimine.cli;

import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeStage;

/** Builds the product's paper annotator, with its cache beside the index, and theme stage. */
final class Annotation {
  private Annotation() {}

  static PaperAnnotator annotator(Locations locations) {
    AnnotationCache cache = new AnnotationCache(locations.indexRoot().resolve("cache"),
        AnnotationCache.fingerprint(NerMode.PRODUCT));
    return new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT), Gazetteer::load, cache);
  }

  /** The theme stage with the bundled taxonomy. */
  static ThemeStage themes() {
    return new ThemeStage(Taxonomy.load());
  }
}
