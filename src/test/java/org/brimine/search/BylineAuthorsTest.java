package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Chinese paper without metadata authors is indexed and shown under the authors of its byline;
 * metadata authors, when given, come first.
 */
class BylineAuthorsTest {
  @TempDir
  static Path dir;
  private static RecordSearcher searcher;

  private static AnnotatedPaper parsed(String slug, String fixture, PaperMetadata meta)
      throws IOException {
    String text;
    try (InputStream in = BylineAuthorsTest.class.getResourceAsStream("/papers/" + fixture)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Paper paper = new Paper(slug, "papers/" + fixture, text, meta, slug);
    return new AnnotatedPaper(new PaperParser().parse(paper),
        new AnnotatedText(text, List.of(), List.of()), List.of());
  }

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(parsed("finance", "zh-cnki-finance.txt", PaperMetadata.EMPTY));
      writer.write(parsed("trade", "zh-cnki-trade.txt", new PaperMetadata(null,
          List.of("Chen Jing"), 2022, null, null, null, null)));
      writer.commit();
    }
    searcher = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  private static List<Hit> hits(String query) throws IOException {
    return searcher.search(new SearchRequest(query, 0, 10, false)).hits();
  }

  @Test
  void aPaperWithoutMetadataAuthorsIsFoundAndShownUnderItsByline() throws IOException {
    List<Hit> hits = hits("author:李华");
    assertEquals(List.of("doc-finance"), hits.stream().map(Hit::id).toList());
    assertEquals(List.of("王明", "李华"), hits.get(0).authors());
    List<String> shown = new ArrayList<>();
    new ObjectMapper().valueToTree(searcher.lookup().find("doc-finance").orElseThrow().view())
        .get("authors").forEach(a -> shown.add(a.asText()));
    assertEquals(List.of("王明", "李华"), shown);
  }

  @Test
  void metadataAuthorsComeBeforeTheByline() throws IOException {
    assertEquals(List.of(), hits("author:周丽"));
    assertEquals(List.of("Chen Jing"), hits("author:\"Chen Jing\"").get(0).authors());
  }

  @Test
  void aPaperWithABylineIsNotListedAsMissingAuthors() throws IOException {
    assertEquals(List.of(), hits("missing:authors"));
  }
}
