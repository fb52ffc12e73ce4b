package org.brimine.library;

import java.util.function.Consumer;
import org.brimine.annotate.AnnotationCache;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.annotate.Gazetteer;
import org.brimine.annotate.JsonCache;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.annotate.NerMode;
import org.brimine.annotate.PaperAnnotator;
import org.brimine.annotate.PaperVectors;
import org.brimine.annotate.TextAnnotator;
import org.brimine.model.PaperRecord;
import org.brimine.search.QueryVectors;
import org.brimine.themes.Taxonomy;
import org.brimine.themes.ThemeStage;

/** Builds the product's paper annotator and theme stage, with their caches beside the index. */
public final class StageFactory {
  /**
   * Whether a Chinese query is embedded with BGE's instruction for retrieval before it ({@link
   * BgeSmallZhEmbedder#QUERY_INSTRUCTION}). Chosen on zh-news (BENCHMARKS.md, "Dense and hybrid
   * retrieval").
   */
  public static final boolean CHINESE_QUERY_INSTRUCTION = true;

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
    return new PaperAnalysis(annotator, themes(), records, vectors(library));
  }

  /** The cache of papers' records beside the index, for records made under this fingerprint. */
  public static JsonCache<PaperRecord> records(Library library, String fingerprint) {
    return new JsonCache<>(library.cache().resolve("records"),
        fingerprint, PaperRecord.class);
  }

  /**
 * The product's paper vectors: all-MiniLM-L6-v2 for English, bge-small-zh-v1.5 for
   * Chinese-only papers, cached beside the annotation cache; each text embedded on one thread,
   * for ingest's workers that embed at once, one a core.
   */
  public static PaperVectors vectors(Library library) {
    return vectors(library, 1);
  }

  /**
   * The product's paper vectors, each text embedded on {@code threads} threads (0: one a core,
   * for a caller that embeds one text at a time).
   */
  public static PaperVectors vectors(Library library, int threads) {
    return vectors(library.cache().resolve("vectors"), threads);
  }

  /** The product's paper vectors, cached in {@code cacheDir} (null: not cached), one thread. */
  public static PaperVectors vectors(java.nio.file.Path cacheDir) {
    return vectors(cacheDir, 1);
  }

  /** The product's paper vectors cached in {@code cacheDir}, on {@code threads} threads each. */
  public static PaperVectors vectors(java.nio.file.Path cacheDir, int threads) {
    return new PaperVectors(new MiniLmEmbedder(threads), new BgeSmallZhEmbedder(threads),
        cacheDir);
  }

  /** Query vectors by the models of the product's paper vectors, for hybrid search. */
  public static QueryVectors queryVectors() {
    return new EmbeddedQueries(new MiniLmEmbedder(), new BgeSmallZhEmbedder(),
        CHINESE_QUERY_INSTRUCTION ? BgeSmallZhEmbedder.QUERY_INSTRUCTION : "");
  }

  /** The theme stage with the bundled taxonomy. */
  public static ThemeStage themes() {
    return new ThemeStage(Taxonomy.load());
  }
}
