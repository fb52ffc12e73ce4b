package org.brimine.themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a bundled word list: one entry a line, {@code #} comments, lower-cased. */
final class WordList {
  private WordList() {}

  static Set<String> load(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + resource);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
