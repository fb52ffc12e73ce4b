package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walking a search page by page with the cursor of each page gives every hit once, in the
 * order of one search for them all: in every order, past the re-ranked window, across ties of
 * score, year and citations, and across the segments of several commits.
 */
class CursorPagingTest {
  private static final int PAPERS = 90;
  private static final String[] TEXTS = {
      "Corridor trade and ports along the corridor.",
      "Trade corridor study of ports.",
      "Ports, trade and a corridor.",
      "Corridor trade and ports along the corridor."};
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(int i) {
    String id = String.format("p%02d", i);
    // many papers share a text, a year or a count of citations: ties in every order
    Integer year = i % 9 == 0 ? null : 2010 + i % 6;
    PaperMetadata meta = new PaperMetadata("Study " + id, List.of(), year, null, null, null,
        "en");
    String text = TEXTS[i % TEXTS.length];
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, meta, Hashes.sha256(id));
    List<CitedReference> refs = new ArrayList<>();
    for (int k = 1; k <= i % 4; k++) {
      String cited = String.format("p%02d", (i * 7 + k) % 12);
      refs.add(new CitedReference(cited, Reference.unparsed("Work " + cited + ", 2010.")));
    }
    ParsedPaper parsed = new ParsedPaper(id, paper, "Study " + id, false, text, List.of(), refs,
        List.of());
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  @BeforeEach
  void writeIndexInThreeCommits() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < PAPERS; i++) {
        writer.write(paper(i));
        if (i % 30 == 29) {
          writer.commit();
        }
      }
      writer.commit();
    }
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  /** Every page from the first, each after the cursor of the one before. */
  private static List<String> walk(RecordSearcher searcher, String query, SortOrder sort,
      int size) throws IOException {
    List<String> walked = new ArrayList<>();
    SearchCursor after = null;
    int pages = 0;
    do {
      SearchResults r = searcher.search(new SearchRequest(query, 0, size, pages % 2 == 0,
          SearchFilters.NONE, sort, after));
      walked.addAll(ids(r));
      after = r.next() == null ? null : SearchCursor.parse(r.next().token());
      assertTrue(++pages < 1000, "the walk ends");
    } while (after != null);
    return walked;
  }

  @ParameterizedTest
  @EnumSource(SortOrder.class)
  void walkingWithTheCursorGivesEveryHitOnceInTheSearchsOrder(SortOrder sort)
      throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // two words: the proximity bonus re-ranks the window, so the window is not the first pass
      for (String query : List.of("corridor trade", "ports", "")) {
        SearchResults all = searcher.search(new SearchRequest(query, 0, 1000, false,
            SearchFilters.NONE, sort));
        assertTrue(all.total() > 2 * Ranker.WINDOW, query + ": " + all.total());
        assertEquals(all.total(), all.hits().size());
        assertNull(all.next(), "nothing follows the last page");
        for (int size : List.of(1, 7, 10, 30, 100)) {
          List<String> walked = walk(searcher, query, sort, size);
          assertEquals(ids(all), walked, query + " by " + sort + ", pages of " + size);
          assertEquals(walked.size(), new HashSet<>(walked).size());
        }
      }
    }
  }

  @Test
  void aCursorFromAPageOfOffsetsContinuesAfterIt() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<String> all = ids(searcher.search(new SearchRequest("corridor trade", 0, 1000,
          false)));
      SearchResults third = searcher.search(new SearchRequest("corridor trade", 20, 10, false));
      SearchResults fourth = searcher.search(new SearchRequest("corridor trade", 0, 10, false,
          SearchFilters.NONE, SortOrder.RELEVANCE, third.next()));
      assertEquals(all.subList(30, 40), ids(fourth));
    }
  }

  @Test
  void aSortedCursorContinuesAfterItsRecordWhenTheIndexChanged() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      SearchResults first = searcher.search(new SearchRequest("ports", 0, 20, false,
          SearchFilters.NONE, SortOrder.NEWEST));
      try (RecordWriter writer = RecordWriter.open(dir)) {
        for (int i = PAPERS; i < PAPERS + 5; i++) {
          writer.write(paper(i));
        }
        writer.forceMerge(1);
        writer.commit();
      }
      searcher.refresh();
      List<String> all = ids(searcher.search(new SearchRequest("ports", 0, 1000, false,
          SearchFilters.NONE, SortOrder.NEWEST)));
      SearchResults second = searcher.search(new SearchRequest("ports", 0, 20, false,
          SearchFilters.NONE, SortOrder.NEWEST, first.next()));
      int at = all.indexOf(ids(first).get(19));
      assertEquals(all.subList(at + 1, at + 21), ids(second));
    }
  }

  @Test
  void refusesACursorOfAnotherSearchOrOrderAndQuotesAMalformedOne() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      SearchCursor next = searcher.search(new SearchRequest("ports", 0, 5, false)).next();
      IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
          () -> searcher.search(new SearchRequest("trade", 0, 5, false, SearchFilters.NONE,
              SortOrder.RELEVANCE, next)));
      assertTrue(other.getMessage().contains("another search"), other.getMessage());
      IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
          () -> searcher.search(new SearchRequest("ports", 0, 5, false, SearchFilters.NONE,
              SortOrder.OLDEST, next)));
      assertTrue(order.getMessage().contains("sorted by relevance, not oldest"),
          order.getMessage());
      for (String bad : List.of("xyz!", "YWJj", next.token().substring(2))) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SearchCursor.parse(bad));
        assertTrue(e.getMessage().startsWith("cursor '" + bad + "' is invalid"), e.getMessage());
      }
      assertThrows(IllegalArgumentException.class, () -> new SearchRequest("ports", 5, 5, false,
          SearchFilters.NONE, SortOrder.RELEVANCE, next));
      assertNotEquals(next.token(), searcher.search(new SearchRequest("ports", 5, 5, false))
          .next().token());
    }
  }
}
