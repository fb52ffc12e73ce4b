package org.brimine.library;

import java.util.function.Consumer;
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
public final class StageFactory {
  private StageFactory() {}

  public static PaperAnnotator annotator(Library library) {
    AnnotationCache cache = new AnnotationCache(library.cache(),
        AnnotationCache.fingerprint(NerMode.PRODUCT));
    return new PaperAnnotator(() -> TextAnnotator.load(NerMode.PRODUCT), Gazetteer::load, cache);
  }

  /**
   * The product's analysis of papers, with the annotation cache and the cache of records beside
   * the index.
   *
   * @param warnings told why records are not cached, when they cannot be
   */
  public static PaperAnalysis analysis(Library library, Consumer<String> warnings) {
    return analysis(library, annotator(library), warnings);
  }

  /**
   * The product's analysis of papers with this annotator, and the records cached beside the
   * index under its fingerprint and the program's (none when the annotator has no cache).
   *
   * @param warnings told why records are not cached, when they cannot be
   */
  public static PaperAnalysis analysis(Library library, PaperAnnotator annotator,
      Consumer<String> warnings) {
    JsonCache<PaperRecord> records = annotator.fingerprint()
        .flatMap(annotation -> CodeFingerprint.ofThisProgram(warnings)
            .map(code -> records(library, annotation + code)))
        .orElse(null);
    return new PaperAnalysis(annotator, themes(), records);
  }

  /** The cache of papers' records beside the index, for records made under this fingerprint. */
  public static JsonCache<PaperRecord> records(Library library, String fingerprint) {
    return new JsonCache<>(library.cache().resolve("records"),
        fingerprint, PaperRecord.class);
  }

  /** The theme stage with the bundled taxonomy. */
  public static ThemeStage themes() {
    return new ThemeStage(Taxonomy.load());
  }
}
