package org.brimine.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.brimine.ingest.NumberedLines;

/**
 * Graded relevance judgements in TREC form, {@code qid iteration docid grade} a line. A grade
 * above 0 is relevant (trec_eval's default relevance level of 1); 0 is judged not relevant.
 *
 * @param byQuery per query id, the grade of each judged document id
 */
public record Qrels(Map<String, Map<String, Integer>> byQuery) {
  public Qrels {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    byQuery.forEach((q, grades) -> copy.put(q, Map.copyOf(grades)));
    byQuery = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a TREC qrels file.
   *
   * @throws IllegalArgumentException on a line that is not {@code qid iter docid grade}, quoting
   *     it
   */
  public static Qrels read(Path file) throws IOException {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    NumberedLines.read(file, (number, line) -> {
      String[] parts = line.strip().split("\\s+");
      if (parts.length != 4) {
        throw new IllegalArgumentException(file + " line " + number
            + ": expected 'qid iter docid grade', got '" + line + "'");
      }
      int grade;
      try {
        grade = Integer.parseInt(parts[3]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + " line " + number
            + ": grade must be a whole number, got '" + parts[3] + "'", e);
      }
      byQuery.computeIfAbsent(parts[0], q -> new LinkedHashMap<>()).put(parts[2], grade);
    });
    return new Qrels(byQuery);
  }

  /** The grades judged for a query: empty when it has none. */
  public Map<String, Integer> grades(String queryId) {
    return byQuery.getOrDefault(queryId, Map.of());
  }

  /** How many documents are judged relevant (grade above 0) for a query. */
  public int relevantCount(String queryId) {
    return (int) grades(queryId).values().stream().filter(g -> g > 0).count();
  }
}
