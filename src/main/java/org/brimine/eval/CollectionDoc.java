package org.brimine.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.brimine.ingest.NumberedLines;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.parse.LanguageDetector;

/**
 * A document of a test collection: {@code {"id", "title", "author", "text"}} a line of JSON, as
 * in Cranfield's {@code docs.jsonl}. The news articles of {@code ../shared/data} are read as they
 * are: {@code content} stands for an absent {@code text}, and {@code url} for an absent
 * {@code id} (the English articles have no id; their qrels use the url).
 *
 * @param id the id the qrels use
 * @param title the title, possibly empty
 * @param author the author line, possibly empty
 * @param text the text (for Cranfield, an abstract)
 * @param language the document's {@code language} when it has one ("zh" in the Chinese news),
 *     else null
 */
public record CollectionDoc(String id, String title, String author, String text,
    String language) {
  public CollectionDoc {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    author = author == null ? "" : author;
    text = text == null ? "" : text;
    language = language == null || language.isBlank() ? null : language.strip();
  }

  /** A document whose language is not given. */
  public CollectionDoc(String id, String title, String author, String text) {
    this(id, title, author, text, null);
  }

  /**
   * Reads documents from JSON Lines.
   *
   * @throws IllegalArgumentException on a line that is not a JSON object with an id or a url,
   *     quoting the line number
   */
  public static List<CollectionDoc> read(Path file) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<CollectionDoc> docs = new ArrayList<>();
    NumberedLines.read(file, (number, line) -> {
      JsonNode node;
      try {
        node = mapper.readTree(line);
      } catch (IOException e) {
        throw new IllegalArgumentException(file + " line " + number + " is not JSON: '"
            + abbreviate(line) + "'", e);
      }
      String id = node.isObject() ? firstPresent(node, "id", "url") : "";
      if (id.isBlank()) {
        throw new IllegalArgumentException(file + " line " + number
            + ": expected an object with an \"id\" or a \"url\", got '" + abbreviate(line)
            + "'");
      }
      docs.add(new CollectionDoc(id.strip(), text(node, "title"), text(node, "author"),
          firstPresent(node, "text", "content"), text(node, "language")));
    });
    return docs;
  }

  /**
   * The document as the product indexes a paper: the title as title, the text as abstract, the
   * author line as the one author; no sections, references or entities (no annotation). Its
   * language is the document's when given, else detected as the parser detects a paper's.
   */
  public AnnotatedPaper asPaper() {
    List<String> authors = author.isBlank() ? List.of() : List.of(author.strip());
    String detected = LanguageDetector.of(language, title + "\n" + text);
    PaperMetadata metadata = new PaperMetadata(title, authors, null, null, null, null, detected);
    Paper paper = new Paper(id, "collection/" + id, text, metadata,
        Hashes.sha256(id + "\n" + text));
    ParsedPaper parsed = new ParsedPaper(id, paper, title, false, text, List.of(), List.of(),
        List.of()).withLanguages(detected, null, null, null, null);
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : "";
  }

  /** The first of the fields that is present and not blank, else "". */
  private static String firstPresent(JsonNode node, String field, String fallback) {
    String value = text(node, field);
    return value.isBlank() ? text(node, fallback) : value;
  }

  private static String abbreviate(String line) {
    return line.length() <= 80 ? line : line.substring(0, 77) + "...";
  }
}
