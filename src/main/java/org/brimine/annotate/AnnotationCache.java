package org.brimine.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import org.brimine.model.Hashes;

/**
 * Annotation results on disk, keyed by a hash of the text and of everything that shapes the
 * result (NER configuration, gazetteer, filters), so that re-indexing unchanged papers never
 * runs CoreNLP again, and a changed gazetteer is never served stale results.
 *
 * <p>A {@link JsonCache} keyed by the text. Safe for concurrent use.
 */
public final class AnnotationCache {
  /** The version of this project's annotation rules; part of every cache key. */
  static final String ANNOTATOR_VERSION = "bri-annotation-v7";
  private final JsonCache<CachedAnnotation> store;
  private final String fingerprint;

  /**
   * A cache in {@code dir} for results of the given configuration.
   *
   * @param fingerprint identifies the annotator configuration; see {@link #fingerprint(NerMode)}
   */
  public AnnotationCache(Path dir, String fingerprint) {
    this.store = new JsonCache<>(dir, fingerprint, CachedAnnotation.class);
    this.fingerprint = fingerprint;
  }

  /** The fingerprint of the annotator whose results this cache holds. */
  public String fingerprint() {
    return fingerprint;
  }

  /**
   * A fingerprint of the annotator: its NER mode, the Chinese pipeline's properties and the
   * bytes of its data files.
   */
  public static String fingerprint(NerMode mode) {
    try {
      MessageDigest digest = Hashes.newDigest();
      // NOTE: bump ANNOTATOR_VERSION when the merging of mentions or the reference-author rule
      // changes; CoreNLP's own version and the data files are hashed in already.
      digest.update((ANNOTATOR_VERSION + "|" + mode + "|" + StanfordCoreNLP.class.getPackage()
          .getImplementationVersion() + "|"
          + PipelineProperties.describe(PipelineProperties.chinese(mode)))
          .getBytes(StandardCharsets.UTF_8));
      for (String resource : new String[] {"gazetteer.tsv", "not-names.txt", "ner-filters.tsv",
          "person-titles.txt", "zh-names.tsv", "zh-surnames.tsv", "zh-foreign-name-chars.txt",
          "zh-institution-suffixes.txt", AffiliationCountries.RESOURCE}) {
        try (InputStream in = AnnotationCache.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("resource missing: " + resource);
          }
          digest.update(in.readAllBytes());
        }
      }
      return Hashes.prefix(digest, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<CachedAnnotation> get(String text) {
    return store.get(text);
  }

  /** Stores an annotation if it can (see {@link JsonCache#offer}). */
  void offer(String text, CachedAnnotation annotation) {
    store.offer(text, annotation);
  }
}
