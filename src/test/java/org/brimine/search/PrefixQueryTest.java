package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A word with a wildcard, or fuzzy, is read as a word is: over the default fields with their
 * boosts, and over entity names (whole, as the exact field holds them), as the SolrCloud
 * configset's extended DisMax reads it.
 */
class PrefixQueryTest {
  @TempDir
  Path dir;

  private Map<String, Float> scores(String query) throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(paper("in-title", "Corridors of trade", "Notes on ports and roads.",
          List.of()));
      writer.write(paper("in-body", "Notes on trade", "A corridor of ports and roads.",
          List.of()));
      writer.write(paper("named", "Notes on security", "Members meet each year.",
          List.of(new Entity("Shanghai Cooperation Organisation", "ORG", 2, List.of("SCO")))));
      writer.commit();
    }
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, Set.of("t"))) {
      return searcher.search(new SearchRequest(query, 0, 10, false)).hits().stream()
          .collect(Collectors.toMap(Hit::id, Hit::score));
    }
  }

  @Test
  void prefixFindsTheEntityNamesItBegins() throws IOException {
    assertEquals(Set.of("named"), scores("shanghai*").keySet());
    assertEquals(Set.of("named"), scores("shang?ai*").keySet());
    // a fuzzy word is near a whole name or alias: SCO
    assertEquals(Set.of("named"), scores("scq~1").keySet());
  }

  private static AnnotatedPaper paper(String id, String title, String text,
      List<Entity> entities) {
    PaperMetadata metadata = new PaperMetadata(title, List.of("Wang Nan"), 2020, "Review", null,
        null, "en");
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, metadata, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, title, false, text, List.of(), List.of(),
        List.of()).withLanguages("en", null, null, null, null);
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), entities,
        new Themes(List.of(), List.of(new ThemeScore("t", 0.5, 1)), List.of()));
  }
}
