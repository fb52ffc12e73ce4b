package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.PaperVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hybrid ranking of an index whose papers have vectors of two models (English and Chinese):
 * a paper with a vector of the other model only keeps its lexical place; a record with no
 * vector at all (a cited work) is ranked as before, with nothing from the dense side.
 */
class CrossLanguageFusionTest {
  private static final String ENGLISH = Schema.vector("en", 3);
  private static final String CHINESE = Schema.vector("zh", 2);

  @TempDir
  static Path dir;

  @BeforeAll
  static void index() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      // the words rank them by title length: en1, zh, ref, en2
      write(writer, "en1", "Debt", new PaperVector("en", new float[] {1, 0, 0}));
      write(writer, "zh", "Debt crisis", new PaperVector("zh", new float[] {1, 0}));
      write(writer, "ref", "Debt in Africa today", null);
      write(writer, "en2", "Debt relief in East Africa and the world beyond",
          new PaperVector("en", new float[] {0, 1, 0}));
      writer.commit();
    }
  }

  private static void write(RecordWriter writer, String id, String title, PaperVector vector)
      throws IOException {
    writer.write(new CollectionDoc(id, title, "", title).asPaper(), vector);
  }

  private static List<String> ids(List<RankedRecord> ranked) {
    return ranked.stream().map(RankedRecord::id).toList();
  }

  @Test
  void anEnglishQueryLeavesAChinesePaperInItsLexicalPlace() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      assertEquals(List.of("en1", "zh", "ref", "en2"),
          ids(searcher.rankings().lexical("debt", 10)));
      // en2 is nearest the query: it rises to the top; zh keeps its second place (it fell
      // under en1 when a paper without the query's model's vector scored 0 from the dense
      // side); ref, a record with no vector, ties en1 at 0 there and follows it
      List<RankedRecord> hybrid = searcher.rankings().hybrid("debt", new float[] {0, 1, 0},
          ENGLISH, Fusion.weighted(1f), 10);
      assertEquals(List.of("en2", "zh", "en1", "ref"), ids(hybrid));
      // the scores still descend (zh, kept in place, scores just under en2)
      for (int i = 1; i < hybrid.size(); i++) {
        assertEquals(true, hybrid.get(i).score() <= hybrid.get(i - 1).score(), "" + hybrid);
      }
    }
  }

  @Test
  void aChineseQueryLeavesEveryEnglishPaperInItsLexicalPlace() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // the English papers keep their places; zh, nearest, stays above ref, which has none
      assertEquals(List.of("en1", "zh", "ref", "en2"), ids(searcher.rankings().hybrid("debt",
          new float[] {0, 1}, CHINESE, Fusion.weighted(1f), 10)));
    }
  }
}
