package org.brimine.cli;

import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.TextAnnotator;

/** Builds the product's paper annotator, with its cache beside the index. */
final class Annotation {
  private Annotation() {}

  static PaperAnnotator annotator(Locations locations) {
    AnnotationCache cache = new AnnotationCache(locations.indexRoot().resolve("cache"),
        AnnotationCache.fingerprint(NerMode.PRODUCT));
    return new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT), Gazetteer::load, cache);
  }
}
