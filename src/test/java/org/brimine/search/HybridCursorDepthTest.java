package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.PaperVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cursor walks a hybrid search past the fused window ({@link DenseRanking#CANDIDATES}): the
 * hits below it keep coming, each once, in the order offsets give.
 */
class HybridCursorDepthTest {
  private static final String FIELD = Schema.vector("test", 3);
  private static final int RECORDS = 137;

  @TempDir
  static Path dir;

  @BeforeAll
  static void index() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      for (int i = 0; i < RECORDS; i++) {
        // titles of different lengths give the words' ranking distinct scores
        String title = "Debt" + " of the port".repeat(i % 11) + " number " + i;
        writer.write(new CollectionDoc("r" + i, title, "", title).asPaper(),
            new PaperVector("test", new float[] {1, (i * 7 % 13) / 13f, 0.1f}));
      }
      writer.commit();
    }
  }

  private static final class Fixed implements QueryVectors {
    @Override
    public String field() {
      return FIELD;
    }

    @Override
    public Optional<float[]> of(String queryText) {
      return Optional.of(new float[] {0, 1, 0});
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  @Test
  void aCursorPastTheFusedWindowGivesTheRestOfTheHybridOrder() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT, Set.of(),
        new Retrieval(Retrieval.Mode.HYBRID, Fusion.weighted(0.5f)), new Fixed())) {
      List<String> byOffset = ids(searcher.search(new SearchRequest("debt", 0, RECORDS, false)));
      assertEquals(RECORDS, byOffset.size());
      List<String> walked = new ArrayList<>();
      SearchResults page = searcher.search(new SearchRequest("debt", 0, 15, false));
      walked.addAll(ids(page));
      for (int guard = 0; page.next() != null && guard < 50; guard++) {
        page = searcher.search(new SearchRequest("debt", 0, 15, false, SearchFilters.NONE,
            SortOrder.RELEVANCE, page.next()));
        walked.addAll(ids(page));
      }
      assertEquals(byOffset, walked);
    }
  }
}
