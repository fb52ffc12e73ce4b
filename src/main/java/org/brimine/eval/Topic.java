package org.brimine.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brimine.ingest.NumberedLines;

/**
 * One query of a test collection.
 *
 * @param id the query id the qrels use
 * @param text the query as a user would type it
 */
public record Topic(String id, String text) {
  public Topic {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /**
   * Reads queries from tab-separated lines: the id, optionally other columns, and the text last
   * (Cranfield's {@code queries.tsv} is {@code seq-id <TAB> original-id <TAB> text}).
   *
   * @throws IllegalArgumentException on a line without a tab, quoting it
   */
  public static List<Topic> read(Path file) throws IOException {
    List<Topic> topics = new ArrayList<>();
    NumberedLines.read(file, (number, line) -> {
      String[] parts = line.split("\t");
      if (parts.length < 2 || parts[0].isBlank()) {
        throw new IllegalArgumentException(file + " line " + number
            + ": expected 'id <TAB> text', got '" + line + "'");
      }
      topics.add(new Topic(parts[0].strip(), parts[parts.length - 1].strip()));
    });
    return topics;
  }
}
