package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;
import org.brimine.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sorting hits by year and by cited-by count, and exporting every match in the search's order. */
class SortAndExportTest {
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(String id, Integer year, String... cites) {
    PaperMetadata meta = new PaperMetadata("Corridor study " + id, List.of(), year, null, null,
        null, "en");
    String text = "Corridor trade and ports, study " + id + ".";
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, meta, Hashes.sha256(id));
    List<CitedReference> refs = new ArrayList<>();
    for (String c : cites) {
      refs.add(new CitedReference(c, Reference.unparsed("Work " + c + ", 2010.")));
    }
    ParsedPaper parsed = new ParsedPaper(id, paper, "Corridor study " + id, false, text,
        List.of(), refs, List.of());
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  /** p2015 is cited by three papers, the reference x by two, p2018 by one. */
  private void writeSmallIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(paper("p2015", 2015));
      writer.write(paper("p2018", 2018, "p2015", "x"));
      writer.write(paper("p2020", 2020, "p2015", "p2018", "x"));
      writer.write(paper("undated", null, "p2015"));
      writer.commit();
    }
  }

  private static List<String> ids(RecordSearcher searcher, String query, SearchFilters filters,
      SortOrder sort) throws IOException {
    return searcher.search(new SearchRequest(query, 0, 10, false, filters, sort)).hits()
        .stream().map(Hit::id).toList();
  }

  private static final SearchFilters PAPERS = SearchFilters.NONE.withKind(RecordKind.PAPER);

  @Test
  void newestPutsTheLatestYearFirstAndUndatedRecordsLast() throws IOException {
    writeSmallIndex();
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      assertEquals(List.of("p2020", "p2018", "p2015", "undated"),
          ids(searcher, "corridor", PAPERS, SortOrder.NEWEST));
      assertEquals(List.of("p2015", "p2018", "p2020", "undated"),
          ids(searcher, "corridor", PAPERS, SortOrder.OLDEST));
    }
  }

  @Test
  void sortedHitsKeepTheirRelevanceScores() throws IOException {
    writeSmallIndex();
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<Hit> hits = searcher.search(new SearchRequest("corridor", 0, 10, false, PAPERS,
          SortOrder.NEWEST)).hits();
      assertEquals(4, hits.size());
      hits.forEach(h -> org.junit.jupiter.api.Assertions.assertTrue(h.score() > 0,
          h.id() + " scored " + h.score()));
    }
  }

  @Test
  void mostCitedPutsTheRecordsMostPapersCiteFirstAndShowsTheCount() throws IOException {
    writeSmallIndex();
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<Hit> hits = searcher.search(new SearchRequest("*:*", 0, 3, false,
          SearchFilters.NONE, SortOrder.CITED)).hits();
      assertEquals(List.of("p2015", "x", "p2018"), hits.stream().map(Hit::id).toList());
      assertEquals(List.of(3, 2, 1), hits.stream().map(Hit::citedBy).toList());
    }
  }

  @Test
  void citedByCountsFollowRemovedAndNewCitingPapers() throws IOException {
    writeSmallIndex();
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.remove("p2020");
      writer.write(paper("p2022", 2022, "p2018"));
      writer.write(paper("p2023", 2023, "p2018"));
      writer.commit();
    }
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<Hit> hits = searcher.search(new SearchRequest("*:*", 0, 3, false,
          SearchFilters.NONE, SortOrder.CITED)).hits();
      assertEquals(List.of("p2015", "p2018", "x"), hits.stream().map(Hit::id).toList());
      assertEquals(List.of(2, 2, 1), hits.stream().map(Hit::citedBy).toList());
    }
  }

  @Test
  void refusesAnUnknownSortNamingTheKnownOnes() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> SortOrder.named("date"));
    assertEquals("sort must be one of relevance, newest, oldest, cited, got 'date'",
        e.getMessage());
  }

  @Test
  void exportsEveryMatchWholeInTheSortedOrder() throws IOException {
    writeSmallIndex();
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<StoredRecord> read = new ArrayList<>();
      long n = searcher.export(new SearchRequest("corridor", 0, 0, false, PAPERS,
          SortOrder.OLDEST), Long.MAX_VALUE, read::add);
      assertEquals(4, n);
      assertEquals(List.of("p2015", "p2018", "p2020", "undated"),
          read.stream().map(StoredRecord::id).toList());
      assertEquals("Corridor study p2018", read.get(1).paper().paper().title());
      assertEquals(List.of(3, 1, 0, 0), read.stream().map(StoredRecord::citedBy).toList());
    }
  }

  @Test
  void exportsMoreMatchesThanAPageInTheSearchsRankingWithTheProximityBonus()
      throws IOException {
    int records = 2 * MatchStream.PAGE + 100;
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < records; i++) {
        String words = i % 2 == 0 ? "swap line and a few more words " + "pad ".repeat(i % 7)
            : "swap and a few more words to make " + "pad ".repeat(i % 5) + "the line";
        writer.write(new CollectionDoc("r" + i, "", "Ann", "trade note " + words).asPaper());
      }
      writer.commit();
    }
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<String> exported = new ArrayList<>();
      searcher.export(new SearchRequest("swap line", 0, 0, false), Long.MAX_VALUE,
          r -> exported.add(r.id()));
      assertEquals(records, exported.size());
      assertEquals(records, exported.stream().distinct().count());
      List<String> searched = searcher.search(new SearchRequest("swap line", 0,
          SearchRequest.MAX_LIMIT, false)).hits().stream().map(Hit::id).toList();
      assertEquals(searched, exported.subList(0, SearchRequest.MAX_LIMIT));
      List<String> first = new ArrayList<>();
      searcher.export(new SearchRequest("swap line", 0, 0, false), 7, r -> first.add(r.id()));
      assertEquals(searched.subList(0, 7), first);
    }
  }
}
