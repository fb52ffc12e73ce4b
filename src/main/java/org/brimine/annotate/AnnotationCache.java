package org.brimine.annotate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.brimine.model.Hashes;

/**
 * Annotation results on disk, keyed by a hash of the text and of everything that shapes the
 * result (NER configuration, gazetteer, filters), so that re-indexing unchanged papers never
 * runs CoreNLP again, and a changed gazetteer is never served stale results.
 *
 * <p>One gzip'd JSON file per text, written to a temporary file and moved into place, so a
 * killed run never leaves a half-written entry. Safe for concurrent use.
 */
public final class AnnotationCache {
  /** The version of this project's annotation rules; part of every cache key. */
  static final String ANNOTATOR_VERSION = "bri-annotation-v3";
  private final Path dir;
  private final String fingerprint;
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * A cache in {@code dir} for results of the given configuration.
   *
   * @param fingerprint identifies the annotator configuration; see {@link #fingerprint(NerMode)}
   */
  public AnnotationCache(Path dir, String fingerprint) {
    this.dir = dir;
    this.fingerprint = fingerprint;
  }

  /** A fingerprint of the annotator: its NER mode and the bytes of its data files. */
  public static String fingerprint(NerMode mode) {
    try {
      MessageDigest digest = Hashes.newDigest();
      // NOTE: bump ANNOTATOR_VERSION when the merging of mentions or the reference-author rule
      // changes; CoreNLP's own version and the data files are hashed in already.
      digest.update((ANNOTATOR_VERSION + "|" + mode + "|" + StanfordCoreNLP.class.getPackage()
          .getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
      for (String resource : new String[] {"gazetteer.tsv", "ner-filters.tsv"}) {
        try (InputStream in = AnnotationCache.class.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalStateException("resource missing: " + resource);
          }
          digest.update(in.readAllBytes());
        }
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<CachedAnnotation> get(String text) {
    Path file = file(text);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Optional.of(mapper.readValue(in, CachedAnnotation.class));
    } catch (IOException e) {
      // A damaged entry is recomputed, never trusted.
      return Optional.empty();
    }
  }

  void put(String text, CachedAnnotation annotation) {
    Path file = file(text);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
        mapper.writeValue(out, annotation);
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the annotation cache in " + dir, e);
    }
  }

  private Path file(String text) {
    String key = Hashes.sha256(fingerprint + "\u0000" + text);
    return dir.resolve(key.substring(0, 2)).resolve(key + ".json.gz");
  }
}
