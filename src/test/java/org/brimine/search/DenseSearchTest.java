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
      // a record without a vector just before one with: the vector values, advanced past the
      // first, already stand on the second (a bug once advanced them again)
      write(writer, "novector", "Debt of the ports, harbours and airports of the Indian Ocean",
          null);
      write(writer, "relief", "Debt relief and the repayment schedules of sovereign borrowers in"
          + " East Africa and beyond", new float[] {0.6f, 0.8f, 0});
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
      assertEquals(List.of("loans", "debt", "relief", "rail"),
          ids(searcher.rankings().dense(new float[] {1, 0.1f, 0}, FIELD, 10)));
      assertEquals(List.of("rail"),
          ids(searcher.rankings().dense(new float[] {0, 0, 1}, FIELD, 1)));
    }
  }

  @Test
  void hybridReRanksTheRecordsTheWordsMatchByTheirVectors() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // "debt" matches debt (the shortest title first), relief and novector; loans and rail
      // match no word and are never added. Vectors alone order relief (0.8) before debt
      // (0.6); novector has none, so it scores 0 there.
      float[] vector = {0, 1, 0};
      List<String> lexical = ids(searcher.rankings().lexical("debt", 10));
      assertEquals("debt", lexical.get(0));
      assertEquals(lexical,
          ids(searcher.rankings().hybrid("debt", vector, FIELD, Fusion.weighted(0f), 10)));
      assertEquals(List.of("relief", "debt", "novector"),
          ids(searcher.rankings().hybrid("debt", vector, FIELD, Fusion.weighted(1f), 10)));
    }
  }

  @Test
  void aQueryVectorOfAModelNoRecordHasLeavesTheWordsRanking() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // a Chinese query over English papers: its model's field holds no vector
      List<RankedRecord> lexical = searcher.rankings().lexical("debt", 10);
      List<RankedRecord> hybrid = searcher.rankings().hybrid("debt", new float[] {0, 1, 0},
          Schema.vector("other", 3), Fusion.weighted(0.5f), 10);
      assertEquals(ids(lexical), ids(hybrid));
      assertEquals(lexical.get(0).score(), hybrid.get(0).score());
    }
  }

  /** Query vectors of a fixed vector for every query, counting the queries embedded. */
  private static final class FixedVectors implements QueryVectors {
    private final float[] vector;
    int calls;
    String last;

    FixedVectors(float... vector) {
      this.vector = vector;
    }

    @Override
    public String field() {
      return FIELD;
    }

    @Override
    public java.util.Optional<float[]> of(String queryText) {
      calls++;
      last = queryText;
      return java.util.Optional.of(vector.clone());
    }
  }

  private static List<String> hitIds(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  @Test
  void theProductSearchReRanksTheWordMatchesAsRankHybridDoes() throws IOException {
    FixedVectors vectors = new FixedVectors(0, 1, 0);
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        new Retrieval(Retrieval.Mode.HYBRID, Fusion.weighted(1f)), vectors)) {
      SearchResults results = searcher.search(new SearchRequest("debt", 0, 10, true));
      assertEquals(List.of("relief", "debt", "novector"), hitIds(results));
      assertEquals(3, results.total());
      assertEquals(1, vectors.calls);
      assertEquals(List.of("relief"),
          hitIds(searcher.search(new SearchRequest("debt", 0, 1, false))));
    }
  }

  @Test
  void aCursorWalksTheHybridOrderHitByHit() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        new Retrieval(Retrieval.Mode.HYBRID, Fusion.weighted(1f)), new FixedVectors(0, 1, 0))) {
      List<String> walked = new java.util.ArrayList<>();
      SearchResults page = searcher.search(new SearchRequest("debt", 0, 1, false));
      walked.addAll(hitIds(page));
      while (page.next() != null) {
        page = searcher.search(new SearchRequest("debt", 0, 1, false, SearchFilters.NONE,
            SortOrder.RELEVANCE, page.next()));
        walked.addAll(hitIds(page));
      }
      // the fused order, not the words' order ("debt" first) nor a mix of the two
      assertEquals(List.of("relief", "debt", "novector"), walked);
    }
  }

  @Test
  void theDenseModeFindsPapersWithoutTheWords() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        new Retrieval(Retrieval.Mode.DENSE, Fusion.RRF), new FixedVectors(0, 0, 1))) {
      assertEquals("rail", hitIds(searcher.search(new SearchRequest("debt", 0, 10, false)))
          .get(0));
    }
  }

  @Test
  void aQueryWithSyntaxOrASortIsRankedByWordsAlone() throws IOException {
    FixedVectors vectors = new FixedVectors(1, 0, 0);
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        Retrieval.DEFAULT, vectors)) {
      assertEquals(List.of("debt"),
          hitIds(searcher.search(new SearchRequest("title:sustainability", 0, 10, false))));
      assertEquals(3, hitIds(searcher.search(new SearchRequest("debt", 0, 10, false,
          SearchFilters.NONE, SortOrder.named("newest")))).size());
      assertEquals(0, vectors.calls);
    }
  }

  @Test
  void theProductRanksAChineseQueryByItsWordsAloneAndNeverEmbedsIt() throws IOException {
    FixedVectors product = new FixedVectors(0, 1, 0);
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        Retrieval.DEFAULT, product)) {
      searcher.search(new SearchRequest("债务 debt", 0, 10, false));
      assertEquals(0, product.calls, "zh-news chose the lexical ranking for Chinese queries");
      searcher.search(new SearchRequest("debt", 0, 10, false));
      assertEquals(1, product.calls);
    }
    FixedVectors every = new FixedVectors(0, 1, 0);
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        new Retrieval(Retrieval.Mode.HYBRID, Fusion.weighted(1f)), every)) {
      // a hybrid for every language re-ranks the same query by meaning
      assertEquals(List.of("relief", "debt", "novector"),
          hitIds(searcher.search(new SearchRequest("债务 debt", 0, 10, false))));
      assertEquals(1, every.calls);
    }
  }

  @Test
  void aQueryInWordsModeIsPlainWordsAndItsWordsAreEmbeddedWithoutEscapes() throws IOException {
    FixedVectors vectors = new FixedVectors(0, 1, 0);
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, java.util.Set.of(),
        new Retrieval(Retrieval.Mode.HYBRID, Fusion.weighted(1f)), vectors)) {
      // what words mode sends for "debt (relief)?": every syntax character escaped
      String words = RecordSearcher.escape("debt (relief)?");
      assertEquals(List.of("relief", "debt", "novector"),
          hitIds(searcher.search(new SearchRequest(words, 0, 10, false))));
      assertEquals(1, vectors.calls);
      assertEquals("debt (relief)?", vectors.last);
      // the same characters unescaped are syntax: ranked by the words alone
      searcher.search(new SearchRequest("debt (relief)", 0, 10, false));
      assertEquals(1, vectors.calls);
    }
  }
}
