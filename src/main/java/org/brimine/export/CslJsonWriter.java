package org.brimine.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes CSL-JSON, the input of citation processors (citeproc-js, Zotero, Pandoc): one array of
 * items, each written as it comes, with the variables of the CSL data schema
 * ({@code csl-data.json} of citation-style-language/schema): {@code id}, {@code type},
 * {@code title}, {@code author}, {@code issued}, {@code container-title}, {@code volume},
 * {@code issue}, {@code page}, {@code publisher-place}, {@code DOI}, {@code URL},
 * {@code language}, {@code keyword}, {@code abstract}.
 *
 * <p>An author written "Family, Given" becomes {@code {"family", "given"}}; any other is a
 * {@code literal} name, as the order of its parts is not known (a Chinese name in pinyin puts the
 * family name first).
 */
final class CslJsonWriter implements CitationWriter {
  /** CSL item types of the GB/T 7714 document type codes; anything else is "article". */
  private static final Map<String, String> TYPES = Map.of("J", "article-journal", "M", "book",
      "C", "paper-conference", "D", "thesis", "R", "report", "N", "article-newspaper",
      "EB/OL", "webpage", "P", "patent", "S", "standard");

  private final JsonGenerator json;
  private final ObjectMapper mapper;
  private boolean started;

  CslJsonWriter(Writer out) throws IOException {
    this.mapper = new ObjectMapper().disable(SerializationFeature.CLOSE_CLOSEABLE);
    this.json = mapper.getFactory().createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** A CSL name: family and given parts, or one literal. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Name(@JsonProperty("family") String family, @JsonProperty("given") String given,
      @JsonProperty("literal") String literal) {
    static Name of(String author) {
      int comma = author.indexOf(',');
      return comma > 0 ? new Name(author.substring(0, comma).strip(),
          author.substring(comma + 1).strip(), null) : new Name(null, null, author.strip());
    }
  }

  /** A CSL date: {@code {"date-parts": [[2017]]}}. */
  record Date(@JsonProperty("date-parts") List<List<Integer>> dateParts) {}

  /** A CSL item. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Item(@JsonProperty("id") String id, @JsonProperty("type") String type,
      @JsonProperty("title") String title, @JsonProperty("author") List<Name> author,
      @JsonProperty("issued") Date issued,
      @JsonProperty("container-title") String containerTitle,
      @JsonProperty("volume") String volume, @JsonProperty("issue") String issue,
      @JsonProperty("page") String page, @JsonProperty("publisher-place") String publisherPlace,
      @JsonProperty("DOI") String doi, @JsonProperty("URL") String url,
      @JsonProperty("language") String language, @JsonProperty("keyword") String keyword,
      @JsonProperty("abstract") String abstractText) {}

  /** The CSL item of a citation. */
  static Item item(Citation c) {
    return new Item(c.id(), TYPES.getOrDefault(c.type() == null ? "" : c.type(), "article"),
        c.title(), c.authors().stream().map(Name::of).toList(),
        c.year() == null ? null : new Date(List.of(List.of(c.year()))), c.venue(), c.volume(),
        c.issue(), c.pages(), c.place(), c.doi(), c.url(), c.language(),
        c.keywords().isEmpty() ? null : String.join(", ", c.keywords()), c.abstractText());
  }

  @Override
  public void write(Citation c) throws IOException {
    start();
    mapper.writeValue(json, item(c));
  }

  private void start() throws IOException {
    if (!started) {
      json.writeStartArray();
      started = true;
    }
  }

  @Override
  public void finish() throws IOException {
    start();
    json.writeEndArray();
    json.flush();
  }
}
