package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.annotate.PaperVectors;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.PaperVector;
import org.brimine.search.Fusion;
import org.brimine.search.Hit;
import org.brimine.search.RankedRecord;
import org.brimine.search.Ranking;
import org.brimine.search.RecordSearcher;
import org.brimine.search.Retrieval;
import org.brimine.search.SearchRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's Chinese vectors, with the real bge-small-zh model on real Chinese news: a
 * Chinese-only paper gets its vector in the Chinese model's field, the cache keeps it for a
 * rebuild, and a Chinese query finds by meaning a paper that shares none of its words.
 */
class ChineseVectorsTest {
  private static final Path NEWS = Path.of("../shared/data/bri-news-zh-dev/articles.jsonl");
  /**
   * A real pair: article zh-dev-0179 of ../shared/data/bri-news-zh-dev (State Grid of China
   * buys 24% of Greece's grid operator, ADMIE) and a query written for it with none of its
   * words, nor a pair of its characters ("a transmission operator brings in a foreign
   * shareholder"); the other
   * articles are short ones of the same set, on other subjects (Brazil's offshore oil, the Yamal
   * LNG plant, energy transition in Spain, EU-China relations, an Uzbek gas field).
   */
  private static final String TARGET = "zh-dev-0179";
  private static final String QUERY = "输电 运营商 引入 外国 股东";
  private static final Set<String> ARTICLES = Set.of(TARGET, "zh-dev-0010", "zh-dev-0149",
      "zh-dev-0045", "zh-dev-0071", "zh-dev-0161");

  @TempDir
  static Path dir;
  private static final Map<String, AnnotatedPaper> PAPERS = new LinkedHashMap<>();
  private static final Map<String, PaperVector> VECTORS = new LinkedHashMap<>();

  @BeforeAll
  static void indexTheArticlesAsTheProductDoes() throws IOException {
    assumeTrue(Files.exists(NEWS), NEWS + " is absent");
    PaperVectors product = StageFactory.vectors(dir.resolve("vectors"));
    try (RecordWriter writer = RecordWriter.open(dir.resolve("index"))) {
      for (CollectionDoc doc : CollectionDoc.read(NEWS)) {
        if (ARTICLES.contains(doc.id())) {
          AnnotatedPaper paper = doc.asPaper();
          PaperVector vector = product.of(paper.parsed()).orElse(null);
          PAPERS.put(doc.id(), paper);
          VECTORS.put(doc.id(), vector);
          writer.write(paper, vector);
        }
      }
      writer.commit();
    }
    assertEquals(ARTICLES, PAPERS.keySet());
  }

  @Test
  void aChinesePaperGetsTheChineseModelsVectorInItsOwnFieldAndItReadsBack() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir.resolve("index"), Ranking.DEFAULT)) {
      for (Map.Entry<String, PaperVector> e : VECTORS.entrySet()) {
        PaperVector v = e.getValue();
        assertEquals(BgeSmallZhEmbedder.NAME, v == null ? null : v.model(), e.getKey());
        assertEquals(Schema.CHINESE_VECTOR, Schema.vector(v.model(), v.dimension()));
        // the paper's own vector finds the paper first, at similarity 1: the field holds it
        List<RankedRecord> nearest = searcher.rankings().dense(v.values(),
            Schema.CHINESE_VECTOR, 1);
        assertEquals(e.getKey(), nearest.get(0).id());
        assertEquals(1.0, nearest.get(0).score(), 1e-4);
      }
      assertEquals(ARTICLES.size(), searcher.rankings().dense(VECTORS.get(TARGET).values(),
          Schema.CHINESE_VECTOR, 100).size());
    }
  }

  @Test
  void aRebuildReadsTheChineseVectorsFromTheCacheAndRunsNoModel() {
    RecordingEmbedder english = new RecordingEmbedder("minilm-l6-v2-q", 384);
    RecordingEmbedder chinese = new RecordingEmbedder(BgeSmallZhEmbedder.NAME, 512);
    PaperVectors rebuild = new PaperVectors(english, chinese, dir.resolve("vectors"));
    for (Map.Entry<String, AnnotatedPaper> e : PAPERS.entrySet()) {
      PaperVector again = rebuild.of(e.getValue().parsed()).orElseThrow();
      assertEquals(BgeSmallZhEmbedder.NAME, again.model());
      assertArrayEquals(VECTORS.get(e.getKey()).values(), again.values(), e.getKey());
    }
    assertEquals(List.of(), chinese.seen, "the Chinese model must not run for cached texts");
    assertEquals(List.of(), english.seen);
  }

  @Test
  void aChineseQueryFindsAChinesePaperThatSharesNoneOfItsWords() throws IOException {
    Path index = dir.resolve("index");
    try (RecordSearcher words = RecordSearcher.open(index, Ranking.DEFAULT)) {
      List<String> matched = words.rankings().lexical(QUERY, 10).stream()
          .map(RankedRecord::id).toList();
      assertFalse(matched.contains(TARGET), "the query shares a word with it: " + matched);
    }
    try (RecordSearcher dense = RecordSearcher.open(index, Ranking.DEFAULT, Set.of(),
        new Retrieval(Retrieval.Mode.DENSE, Fusion.RRF), StageFactory.queryVectors())) {
      List<String> found = dense.search(new SearchRequest(QUERY, 0, 3, false)).hits().stream()
          .map(Hit::id).toList();
      assertEquals(TARGET, found.isEmpty() ? null : found.get(0), "found " + found);
    }
  }
}
