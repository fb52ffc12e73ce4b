package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.brimine.index.Analyzers;
import org.brimine.index.HanText;
import org.brimine.index.RecordWriter;
import org.brimine.index.Stemming;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of paper traits and theme statistics parse a query with the reader of the very
 * searcher they run it on: a commit made visible while the query is parsed does not leak in.
 */
class OneSearcherPerReadTest {
  @TempDir
  Path dir;

  private static AnnotatedPaper paper(String id) {
    PaperMetadata meta = new PaperMetadata("Port study " + id, List.of(), 2019, null, null,
        null, "en");
    String text = "Ports and corridors, study " + id + ".";
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, meta, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, "Port study " + id, false, text,
        List.of(), List.of(), List.of());
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), List.of());
  }

  private void write(String... ids) throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (String id : ids) {
        writer.write(paper(id));
      }
      writer.commit();
    }
  }

  /** A parser that, while it parses, commits another paper and refreshes the searchers. */
  private BiFunction<String, IndexReader, Query> parserThatRefreshes(SearcherManager searchers) {
    return (text, reader) -> {
      try {
        write("late");
        searchers.maybeRefresh();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new MatchAllDocsQuery();
    };
  }

  @Test
  void paperTraitsRunTheQueryOnTheSearcherItWasParsedFor() throws IOException {
    write("a", "b");
    try (Directory directory = FSDirectory.open(dir);
        SearcherManager searchers = new SearcherManager(directory, null)) {
      PaperTraitsReader reader = new PaperTraitsReader(searchers, parserThatRefreshes(searchers),
          scope -> new MatchAllDocsQuery());
      List<String> ids = new ArrayList<>();
      reader.forEach("ports", SearchFilters.NONE, Set.of(), t -> ids.add(t.id()));
      assertEquals(List.of("a", "b"), ids.stream().sorted().toList());
    }
  }

  @Test
  void themeStatisticsCountOnTheSearcherTheQueryWasParsedFor() throws IOException {
    write("a", "b");
    try (Directory directory = FSDirectory.open(dir);
        SearcherManager searchers = new SearcherManager(directory, null);
        Analyzer analyzer = Analyzers.perField(Stemming.DEFAULT, HanText.DEFAULT)) {
      ThemeStatisticsReader reader = new ThemeStatisticsReader(searchers, analyzer,
          new FacetCounter(), parserThatRefreshes(searchers),
          new FilterQueries(analyzer, new IndexThemes(Set.of(), searchers)));
      ThemeStatistics stats = reader.read("ports", "geopolitics", 10, List.of());
      assertEquals(2, stats.scopePapers());
    }
  }
}
