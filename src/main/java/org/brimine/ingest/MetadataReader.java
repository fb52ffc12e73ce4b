package org.brimine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.brimine.model.ExportFields;
import org.brimine.model.PaperMetadata;

/**
 * Reads a paper's {@code .meta.json} sidecar: {@code title}, {@code authors} (a list, or one
 * string with authors separated by semicolons), {@code year} (a number, or a string that starts
 * with one, such as a date), {@code venue}, {@code doi}, {@code url}, {@code language}, and for a
 * paper with titles in two languages {@code titleEn} and {@code titleZh}; for a paper from a
 * database export, {@code export} (its keywords, affiliations, cited references, ...).
 */
public final class MetadataReader {
  /** The sidecar field of what a database export said beyond the metadata. */
  static final String EXPORT = "export";
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * Parses sidecar JSON.
   *
   * @throws IllegalArgumentException when the JSON is malformed or a field has the wrong shape;
   *     the message quotes the bad value
   */
  public PaperMetadata read(String json) {
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + abbreviate(json));
    }
    return new PaperMetadata(
        text(root, "title"),
        authors(root.get("authors")),
        year(root.get("year")),
        text(root, "venue"),
        text(root, "doi"),
        text(root, "url"),
        text(root, "language"),
        text(root, "titleEn"),
        text(root, "titleZh"),
        exported(root.get(EXPORT)));
  }

  /** What a database export said of the paper (ExportFields as JSON), or null. */
  private ExportFields exported(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    try {
      return mapper.treeToValue(node, ExportFields.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("field '" + EXPORT + "' is not readable: "
          + e.getMessage(), e);
    }
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isValueNode()) {
      throw new IllegalArgumentException("field '" + field + "' must be a string, found " + node);
    }
    return node.asText();
  }

  private static List<String> authors(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return Arrays.stream(node.asText().split(";")).map(String::strip)
          .filter(s -> !s.isEmpty()).toList();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("field 'authors' must be a list of strings, found " + node);
    }
    List<String> authors = new ArrayList<>();
    for (JsonNode author : node) {
      if (!author.isTextual()) {
        throw new IllegalArgumentException("an author must be a string, found " + author);
      }
      if (!author.asText().isBlank()) {
        authors.add(author.asText().strip());
      }
    }
    return authors;
  }

  private static Integer year(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isInt()) {
      return checkYear(node.asInt(), node);
    }
    if (node.isTextual() && node.asText().strip().matches("\\d{4}.*")) {
      return checkYear(Integer.parseInt(node.asText().strip().substring(0, 4)), node);
    }
    throw new IllegalArgumentException("field 'year' must be a year such as 2017, found " + node);
  }

  private static Integer checkYear(int year, JsonNode node) {
    if (year < 1000 || year > 2999) {
      throw new IllegalArgumentException("field 'year' is out of range: " + node);
    }
    return year;
  }

  private static String abbreviate(String s) {
    String flat = s.strip().replaceAll("\\s+", " ");
    return "'" + (flat.length() > 40 ? flat.substring(0, 40) + "..." : flat) + "'";
  }
}
