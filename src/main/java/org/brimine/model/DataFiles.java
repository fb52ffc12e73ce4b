package org.brimine.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The data files bundled with bri-miner (word lists, gazetteers, lexicons: UTF-8 text beside the
 * class that reads them), opened in one way for every stage: a missing file names itself.
 */
public final class DataFiles {
  private DataFiles() {}

  /**
   * A bundled file to read line by line; the caller closes it.
   *
   * @param anchor the class whose package the resource's name is relative to
   * @throws IllegalStateException when there is no such resource
   */
  public static BufferedReader open(Class<?> anchor, String resource) {
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource missing: " + resource + " (beside "
          + anchor.getName() + ")");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * The entries of a bundled list: one a line, stripped, without blank lines and {@code #}
   * comment lines, in the file's order.
   */
  public static List<String> entries(Class<?> anchor, String resource) {
    try (BufferedReader reader = open(anchor, resource)) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
