package org.brimine.library;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.brimine.model.PaperRecord;
import org.brimine.model.Problem;

/**
 * Paper records as lines of JSON, the output of a batch annotation (such as the Spark job) and
 * the input of {@code bri index --records}. A line is either a paper's record, in the JSON of the
 * record cache, or a rejected file: {@code {"rejected": source, "reason": ..., "detail": ...}}.
 * Thread-safe.
 */
public final class RecordLines {
  /** A line read back: a record, or the problem of a rejected file (the other is null). */
  public record Line(PaperRecord record, Problem rejected) {}

  private static final String REJECTED = "rejected";
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The line of a paper's record. */
  public String record(PaperRecord record) {
    try {
      return mapper.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the record of " + record.paper().id(), e);
    }
  }

  /** The line of a rejected file, naming it and why. */
  public String rejection(Problem problem) {
    ObjectNode line = mapper.createObjectNode();
    line.put(REJECTED, problem.source());
    line.put("reason", problem.reason());
    line.put("detail", problem.detail());
    return line.toString();
  }

  /**
   * Reads a line back.
   *
   * @throws IllegalArgumentException when it is neither a record nor a rejection (the message
   *     quotes its start)
   */
  public Line read(String line) {
    try {
      JsonNode node = mapper.readTree(line);
      if (node != null && node.has(REJECTED)) {
        return new Line(null, new Problem(node.get(REJECTED).asText(),
            node.path("reason").asText(), node.path("detail").asText()));
      }
      if (node == null || !node.has("paper")) {
        throw new IllegalArgumentException("not a paper record: '" + start(line) + "'");
      }
      return new Line(mapper.treeToValue(node, PaperRecord.class), null);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a paper record: '" + start(line) + "': "
          + e.getMessage(), e);
    }
  }

  private static String start(String line) {
    return line.length() <= 60 ? line : line.substring(0, 60) + "...";
  }
}
