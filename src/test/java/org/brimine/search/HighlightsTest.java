package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.brimine.Fixtures;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.Analyzers;
import org.brimine.index.RecordWriter;
import org.brimine.parse.PaperParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passages cut from the stored documents the search already read are the passages Lucene's
 * highlighter cuts when it reads the documents itself: on the seed paper and on a record whose
 * text is longer than the highlighter's limit, where both stop at the same place.
 */
class HighlightsTest {
  private static final String[] FIELDS = {"title", "abstract", "body"};
  private static final int[] PASSAGES = {1, 1, 2};

  @TempDir
  static Path dir;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static Analyzer analyzer;
  private static RecordSearcher records;

  @BeforeAll
  static void index() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(SeedIndex.unannotated(new PaperParser().parse(Fixtures.seed())));
      // "lateword" only after the first 10,000 characters, "early" before them
      String filler = "railway corridor ".repeat(700);
      writer.write(new CollectionDoc("long", "A long record", "Ann",
          "early " + filler + " lateword early").asPaper());
      // "edge" from character 9,998: the cut falls inside it
      writer.write(new CollectionDoc("edge", "An edge record", "Bo",
          "x".repeat(9_997) + " edge after").asPaper());
      writer.commit();
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    searcher = new IndexSearcher(reader);
    analyzer = Analyzers.perField();
    records = RecordSearcher.open(dir, Ranking.DEFAULT);
  }

  @AfterAll
  static void close() throws IOException {
    records.close();
    reader.close();
    analyzer.close();
  }

  private static Map<String, String[]> both(String queryText, boolean fromStored)
      throws IOException {
    Query query = records.parse(queryText);
    TopDocs top = searcher.search(query, 10);
    var builder = Highlights.builder(searcher, analyzer);
    if (!fromStored) {
      return builder.build().highlightFields(FIELDS, query, top, PASSAGES);
    }
    Map<Integer, Document> stored = new HashMap<>();
    for (ScoreDoc hit : top.scoreDocs) {
      stored.put(hit.doc, searcher.storedFields().document(hit.doc, Highlights.TEXT_FIELDS));
    }
    return new Highlights.FromStored(builder, stored).highlightFields(FIELDS, query, top,
        PASSAGES);
  }

  @Test
  void passagesFromTheStoredDocumentsAreLucenesOwn() throws IOException {
    Map<String, Integer> marked = new HashMap<>();
    for (String q : List.of("financial cooperation", "\"belt and road\"", "AIIB OR renminbi",
        "title:financial", "early", "lateword", "railway corridor", "edge")) {
      Map<String, String[]> expected = both(q, false);
      Map<String, String[]> actual = both(q, true);
      assertEquals(expected.keySet(), actual.keySet(), q);
      for (String field : FIELDS) {
        assertArrayEquals(expected.get(field), actual.get(field), q + " in " + field);
        for (String passage : actual.get(field)) {
          marked.merge(field, passage != null && passage.contains("<mark>") ? 1 : 0,
              Integer::sum);
        }
      }
    }
    for (String field : FIELDS) {
      assertTrue(marked.get(field) > 0, "some passage of " + field + " is compared");
    }
  }

  @Test
  void bothStopAtTheHighlightersLimit() throws IOException {
    // a collection record's text is its abstract
    String[] text = both("lateword", true).get("abstract");
    assertEquals(1, text.length);
    assertNull(text[0], "the word comes after the first 10,000 characters");
    assertTrue(both("early", true).get("abstract")[0].contains("<mark>early</mark>"));
  }
}
