package org.brimine.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Problem;

/**
 * Reads bibliographic records from JSON Lines: one object a line with {@code title},
 * {@code authors} (list or string), {@code date} or {@code year}, {@code venue} or
 * {@code source}, {@code abstract} or {@code content}, {@code url}, {@code doi}. The text is kept
 * as given, with only its whitespace normalised; a reader for {@link #scraped() scraped pages}
 * cleans the {@code content} of page furniture and counts the lines it drops.
 */
public final class JsonLinesReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final MetadataReader metadata = new MetadataReader();
  private final boolean scraped;

  /** A reader that keeps each record's text as given. */
  public JsonLinesReader() {
    this(false);
  }

  private JsonLinesReader(boolean scraped) {
    this.scraped = scraped;
  }

  /**
   * A reader for records scraped from web pages: HTML entities in the title and content are
   * decoded, and the content lines that are not the article's prose are dropped and counted
   * ({@link ScrapedText}).
   */
  public static JsonLinesReader scraped() {
    return new JsonLinesReader(true);
  }

  /** What reading a file gave: records, and problems with line numbers. */
  public record Result(List<BibRecord> records, List<Problem> problems) {}

  public Result read(Path file) throws IOException {
    List<BibRecord> records = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String name = file.getFileName().toString();
    NumberedLines.read(file, (number, line) -> {
      String origin = name + " line " + number;
      try {
        records.add(record(mapper.readTree(line), origin));
      } catch (JsonProcessingException e) {
        problems.add(Rejection.Reason.NOT_JSON.problem(origin, "line " + number + " is not JSON: "
            + e.getOriginalMessage()));
      } catch (IllegalArgumentException e) {
        problems.add(Rejection.Reason.MALFORMED_RECORD.problem(origin, e.getMessage()));
      }
    }, (number, detail) -> problems.add(Rejection.Reason.UNDECODABLE.problem(
        name + " line " + number, detail)));
    return new Result(records, problems);
  }

  private BibRecord record(JsonNode node, String origin) throws JsonProcessingException {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType());
    }
    var normalised = mapper.createObjectNode();
    copy(node, normalised, "title", "title");
    copy(node, normalised, "authors", "authors");
    copy(node, normalised, node.has("year") ? "year" : "date", "year");
    copy(node, normalised, node.has("venue") ? "venue" : "source", "venue");
    copy(node, normalised, "url", "url");
    copy(node, normalised, "doi", "doi");
    copy(node, normalised, "language", "language");
    if (scraped && normalised.hasNonNull("title")) {
      // Scraped titles carry the page's HTML entities ("B&amp;R").
      normalised.put("title", ScrapedText.unescape(normalised.get("title").asText()));
    }
    PaperMetadata meta = metadata.read(mapper.writeValueAsString(normalised));
    String key = node.hasNonNull("id") && !node.get("id").asText().isBlank()
        ? "id " + node.get("id").asText().strip() : null;
    if (scraped && node.hasNonNull("content")) {
      ScrapedText.Cleaned page = ScrapedText.clean(node.get("content").asText());
      return new BibRecord(meta, page.text(), origin, page.droppedLines(), key);
    }
    String text = node.hasNonNull("content") ? node.get("content").asText()
        : node.hasNonNull("abstract") ? node.get("abstract").asText() : "";
    return new BibRecord(meta, ScrapedText.normaliseWhitespace(text), origin, 0, key);
  }

  private static void copy(JsonNode from, com.fasterxml.jackson.databind.node.ObjectNode to,
      String field, String as) {
    if (from.has(field)) {
      to.set(as, from.get(field));
    }
  }
}
