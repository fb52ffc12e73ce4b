package org.brimine.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file line by line, skipping blank lines and counting from 1, for the
 * line-oriented formats bri reads (JSON Lines, gold files, TSV queries, TREC qrels), so that
 * every problem can name its line.
 */
public final class NumberedLines {
  /** What is done with each non-blank line. */
  @FunctionalInterface
  public interface Visitor {
    void line(int number, String line) throws IOException;
  }

  private NumberedLines() {}

  /** Calls {@code visitor} with every non-blank line of {@code file} and its number. */
  public static void read(Path file, Visitor visitor) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          visitor.line(number, line);
        }
      }
    }
  }
}
