package org.brimine.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.brimine.model.PaperMetadata;

/**
 * Writes documents into a corpus folder: {@code papers/<slug>.txt} with its
 * {@code <slug>.meta.json}, the slug made from the title (or a given name) and kept unique.
 */
public final class CorpusWriter {
  private static final int SLUG_WORDS = 8;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Path papers;

  public CorpusWriter(Path corpusRoot) {
    this.papers = corpusRoot.resolve(CorpusReader.PAPERS);
  }

  /**
   * Writes a text with its metadata and returns the text file. When the slug is taken by other
   * content, a number is appended; the same content under the same slug is left as it is.
   */
  public Path write(String preferredName, String text, PaperMetadata metadata) throws IOException {
    Files.createDirectories(papers);
    String base = slug(preferredName);
    String json = metadataJson(metadata);
    for (int n = 1; ; n++) {
      String slug = n == 1 ? base : base + "-" + n;
      Path file = papers.resolve(slug + ".txt");
      Path meta = papers.resolve(slug + CorpusReader.META_SUFFIX);
      if (!Files.exists(file)) {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.writeString(meta, json, StandardCharsets.UTF_8);
        return file;
      }
      if (Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
        Files.writeString(meta, json, StandardCharsets.UTF_8);
        return file;
      }
    }
  }

  /** A readable file name: ASCII words of the name, lower case, joined by hyphens. */
  public static String slug(String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = Arrays.stream(ascii.split("[^a-z0-9]+")).filter(w -> !w.isEmpty())
        .limit(SLUG_WORDS).collect(Collectors.joining("-"));
    return slug.isEmpty() ? "document" : slug;
  }

  private String metadataJson(PaperMetadata m) throws IOException {
    ObjectNode json = mapper.createObjectNode();
    json.put("title", m.title());
    json.set("authors", mapper.valueToTree(m.authors()));
    json.put("year", m.year());
    json.put("venue", m.venue());
    json.put("doi", m.doi());
    json.put("url", m.url());
    json.put("language", m.language());
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json) + "\n";
  }
}
