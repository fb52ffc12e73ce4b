package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.search.Hit;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's and the API's filter parameters match their value exactly, whatever characters it
 * holds: spaces, quotes, colons, backslashes, query syntax, Chinese.
 */
class FilterValuesTest {
  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  /** Each paper's venue and entity name are the same awkward value; the id says which. */
  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("slash", "Ports/Bonds Review"),
      Map.entry("url", "http://example.org/a:b"),
      Map.entry("operators", "Trade && Finance || !Ports"),
      Map.entry("wildcard", "*"),
      Map.entry("escaped", "a\\\" OR venue:\"x"),
      Map.entry("spaces", "Asian Transport Review"),
      Map.entry("quotes", "The \"New\" Silk Road"),
      Map.entry("colon", "Belt and Road: A Review"),
      Map.entry("backslash", "Ports \\ Bonds"),
      Map.entry("syntax", "Finance (AND) [OR] * ? ~ ^ -NOT +"),
      Map.entry("chinese", "世界经济与政治"),
      Map.entry("chinesequote", "“一带一路”倡议"),
      Map.entry("trailingbackslash", "Ends with \\"));

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (Map.Entry<String, String> e : VALUES.entrySet()) {
        writer.write(paper(e.getKey(), e.getValue()));
      }
      writer.write(paper("plain", "Plain Journal"));
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static AnnotatedPaper paper(String id, String value) {
    String text = "Railways and ports along the route.";
    PaperMetadata metadata = new PaperMetadata("Paper " + id, List.of("Li Wei"), 2020, value,
        null, null, "en");
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, metadata, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, "Paper " + id, false, text, List.of(),
        List.of(), List.of());
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()),
        List.of(new Entity(value, "PROJECT", 1, List.of())));
  }

  private static List<String> ids(Map<String, String> params) throws IOException {
    SearchParams p = SearchParams.of(params, Set.of());
    p.check(searcher);
    return searcher.search(p.request()).hits().stream().map(Hit::id).toList();
  }

  @ParameterizedTest
  @CsvSource({"spaces", "quotes", "colon", "backslash", "syntax", "chinese", "chinesequote",
      "trailingbackslash",
      "slash", "url", "operators", "wildcard", "escaped"})
  void venueFilterMatchesTheWholeValue(String id) throws IOException {
    assertEquals(List.of(id), ids(Map.of("venue", VALUES.get(id))));
    assertEquals(List.of(id), ids(Map.of("q", "railways", "venue", VALUES.get(id))));
  }

  @ParameterizedTest
  @CsvSource({"spaces", "quotes", "colon", "backslash", "syntax", "chinese", "chinesequote",
      "trailingbackslash",
      "slash", "url", "operators", "wildcard", "escaped"})
  void entityFilterMatchesTheWholeName(String id) throws IOException {
    assertEquals(List.of(id), ids(Map.of("entity", VALUES.get(id))));
  }

  @org.junit.jupiter.api.Test
  void entityTypeNarrowsTheEntityFilterToItsField() throws IOException {
    String name = VALUES.get("quotes");
    assertEquals(List.of("quotes"), ids(Map.of("entity", name, "entityType", "PROJECT")));
    assertEquals(List.of("quotes"), ids(Map.of("entity", name, "entityType", "project")));
    assertEquals(List.of(), ids(Map.of("entity", name, "entityType", "COUNTRY")));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> ids(Map.of("entity", name, "entityType", "COLOUR")));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'COLOUR'"),
        e.getMessage());
  }

  @org.junit.jupiter.api.Test
  void missingMetadataFiltersAndRefusesAnUnknownLabel() throws IOException {
    // every paper has a venue and a year, none a DOI
    assertEquals(List.of(), ids(Map.of("missing", "venue")));
    assertEquals(List.of(), ids(Map.of("missing", "doi,year")));
    assertEquals(List.of("colon"), ids(Map.of("missing", "DOI", "venue", VALUES.get("colon"))));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> ids(Map.of("missing", "year,colour")));
    org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("'colour'"),
        e.getMessage());
  }
}
