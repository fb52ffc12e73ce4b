package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.FSDirectory;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.PaperVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper vectors in a real index: the HNSW field is written, searched, and fused with BM25. */
class DenseSearchTest {
  private static final String FIELD = Schema.vector("test", 3);

  @TempDir
  static Path dir;

  @BeforeAll
  static void index() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      write(writer, "loans", "Sovereign loans to Kenya and Zambia", new float[] {1, 0, 0});
      write(writer, "debt", "Debt sustainability in Africa", new float[] {0.8f, 0.6f, 0});
      write(writer, "rail", "Railway gauge in Laos", new float[] {0, 0, 1});
      write(writer, "novector", "Debt of the ports, harbours and airports of the Indian Ocean",
          null);
      writer.commit();
    }
  }

  private static void write(RecordWriter writer, String id, String title, float[] vector)
      throws IOException {
    writer.write(new CollectionDoc(id, title, "", title).asPaper(),
        vector == null ? null : new PaperVector("test", vector));
  }

  private static List<String> ids(List<RankedRecord> ranked) {
    return ranked.stream().map(RankedRecord::id).toList();
  }

  @Test
  void writesTheVectorFieldAsAnHnswFieldOfItsDimension() throws IOException {
    try (var directory = FSDirectory.open(dir);
        var reader = DirectoryReader.open(directory)) {
      FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FIELD);
      assertEquals(3, info.getVectorDimension());
      assertEquals(VectorSimilarityFunction.COSINE, info.getVectorSimilarityFunction());
    }
  }

  @Test
  void ranksPapersByTheirVectorsNearnessToTheQuerys() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      assertEquals(List.of("loans", "debt", "rail"),
          ids(searcher.rankDense(new float[] {1, 0.1f, 0}, FIELD, 10)));
      assertEquals(List.of("rail"), ids(searcher.rankDense(new float[] {0, 0, 1}, FIELD, 1)));
    }
  }

  @Test
  void hybridFindsWhatOnlyOneOfTheRankingsFinds() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // "debt" matches debt, then the longer novector, by words; the vector is nearest to
      // loans, then debt: debt 1/61 + 1/62, loans 1/61, novector 1/62, rail 1/63
      List<RankedRecord> hybrid = searcher.rankHybrid("debt", new float[] {1, 0, 0}, FIELD,
          Fusion.RRF, 10);
      assertEquals("debt", hybrid.get(0).id(), "first in words, second in vectors");
      assertEquals(List.of("debt", "loans", "novector", "rail"), ids(hybrid));
    }
  }
}
