package org.brimine.themes;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.model.DataFiles;

/** Reads a bundled word list: one entry a line, {@code #} comments, lower-cased. */
final class WordList {
  private WordList() {}

  static Set<String> load(String resource) {
    return DataFiles.entries(WordList.class, resource).stream()
        .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
