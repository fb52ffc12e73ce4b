package org.brimine.annotate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.brimine.model.Hashes;

/**
 * Results of a slow computation on disk, one gzip'd JSON file per key, filed under a hash of the
 * key and of a fingerprint of everything that shapes the result: a result computed by other
 * rules or data is never served.
 *
 * <p>Each entry is written to a temporary file and moved into place, so a killed run never
 * leaves a half-written one; an entry that cannot be read counts as missing. Safe for concurrent
 * use.
 *
 * @param <T> the type of the results, a record Jackson can write and read
 */
public final class JsonCache<T> {
  private final Path dir;
  private final String fingerprint;
  private final Class<T> type;
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * A cache in {@code dir} of results of the given type made under the given fingerprint.
   *
   * @param fingerprint identifies the rules and data that made the results
   */
  public JsonCache(Path dir, String fingerprint, Class<T> type) {
    this.dir = dir;
    this.fingerprint = fingerprint;
    this.type = type;
  }

  /** The fingerprint of what made the results this cache holds. */
  public String fingerprint() {
    return fingerprint;
  }

  /** The result stored for this key, if there is a readable one. */
  public Optional<T> get(String key) {
    Path file = file(key);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return Optional.of(mapper.readValue(in, type));
    } catch (IOException e) {
      // A damaged entry is recomputed, never trusted.
      return Optional.empty();
    }
  }

  /**
   * Stores a result for this key.
   *
   * @throws UncheckedIOException when the entry cannot be written (the message names the cache)
   */
  private void put(String key, T result) {
    Path file = file(key);
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".entry", ".tmp");
      try {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
          mapper.writeValue(out, result);
        }
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cache in " + dir, e);
    }
  }

  /**
   * Stores a result if it can: a cache that cannot be written costs only a computation next
   * time, so the failure is a warning on standard error that names the cache and the reason.
   */
  public void offer(String key, T result) {
    try {
      put(key, result);
    } catch (UncheckedIOException e) {
      System.err.println("warning: " + e.getMessage() + ": " + e.getCause());
    }
  }

  private Path file(String key) {
    String hash = Hashes.sha256(fingerprint + "\u0000" + key);
    return dir.resolve(hash.substring(0, 2)).resolve(hash + ".json.gz");
  }
}
