package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.brimine.annotate.BgeSmallZhEmbedder;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.model.PaperVector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related papers in a real index with the real MiniLM vectors: a paper on the same subject in
 * other words is found by the vectors, and a paper without a vector falls back to its words.
 */
class RelatedPapersTest {
  @TempDir
  static Path dir;

  @BeforeAll
  static void index() throws IOException {
    MiniLmEmbedder model = new MiniLmEmbedder();
    try (RecordWriter writer = RecordWriter.open(dir)) {
      write(writer, model, "loans", "Sovereign loans to Kenya and Zambia", "Chinese lenders "
          + "extended credit to the governments of Kenya and Zambia for railways and power "
          + "plants; both now renegotiate repayment schedules.", true);
      // the same subject, and no word in common with the seed
      write(writer, model, "debt", "Debt sustainability in Africa", "How much public borrowing "
          + "can African economies carry before default becomes likely?", true);
      write(writer, model, "rail", "Railway gauges in Laos", "The railways of Laos use standard "
          + "gauge track and power from hydroelectric plants.", true);
      write(writer, model, "marathon", "Marathon training in Kenya", "Runners in the Kenya "
          + "highlands train at altitude; both men and women now dominate road races.", true);
      write(writer, model, "copper", "Zambia copper exports", "Copper from Zambia is exported "
          + "through ports on the Indian Ocean to the markets of its lenders.", false);
      BgeSmallZhEmbedder chinese = new BgeSmallZhEmbedder();
      for (String[] zh : new String[][] {{"zh-loans", "中国对肯尼亚和赞比亚的主权贷款"},
          {"zh-debt", "非洲国家公共债务可持续性"}, {"zh-rail", "老挝铁路轨距标准"}}) {
        writer.write(new CollectionDoc(zh[0], zh[1], "", zh[1]).asPaper(),
            new PaperVector(BgeSmallZhEmbedder.NAME, chinese.embed(zh[1])));
      }
      writer.commit();
    }
  }

  private static void write(RecordWriter writer, MiniLmEmbedder model, String id, String title,
      String text, boolean vector) throws IOException {
    writer.write(new CollectionDoc(id, title, "", text).asPaper(), vector
        ? new PaperVector(MiniLmEmbedder.NAME, model.embed(title + "\n" + text)) : null);
  }

  private static List<String> ids(List<Hit> hits) {
    return hits.stream().map(Hit::id).toList();
  }

  private static List<String> rankedIds(List<RankedRecord> ranked) {
    return ranked.stream().map(RankedRecord::id).toList();
  }

  @Test
  void theProductsRelatedPapersHoldAPaperThatSharesNoWordWithTheSeed() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      // by words, "debt" is out of reach: it has none of the seed's
      assertFalse(rankedIds(searcher.rankings().related("loans", 10, RelatedBy.TERMS))
          .contains("debt"));
      assertTrue(ids(searcher.related("loans", 10)).contains("debt"),
          ids(searcher.related("loans", 10)).toString());
    }
  }

  @Test
  void theNearestVectorToTheSeedsIsThePaperOnItsSubject() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<String> byVectors =
          rankedIds(searcher.rankings().related("loans", 10, RelatedBy.VECTORS));
      assertEquals("debt", byVectors.get(0), byVectors.toString());
      // only papers with a vector, never the seed itself
      assertEquals(List.of("debt", "marathon", "rail").stream().sorted().toList(),
          byVectors.stream().sorted().toList());
    }
  }

  @Test
  void aSeedWithoutAVectorIsRelatedByItsWords() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<String> byTerms = rankedIds(searcher.rankings().related("copper", 10,
          RelatedBy.TERMS));
      assertFalse(byTerms.isEmpty());
      assertEquals(byTerms, ids(searcher.related("copper", 10)));
      assertEquals(byTerms, rankedIds(searcher.rankings().related("copper", 10,
          RelatedBy.VECTORS)));
    }
  }

  @Test
  void aChinesePaperIsRelatedByItsWordsAloneAsZhNewsChose() throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, Ranking.DEFAULT)) {
      List<String> byTerms = rankedIds(searcher.rankings().related("zh-loans", 10,
          RelatedBy.TERMS));
      assertEquals(byTerms, ids(searcher.related("zh-loans", 10)));
      // its vector is there, and would rank the Chinese papers by meaning
      List<String> byVectors = rankedIds(searcher.rankings().related("zh-loans", 10,
          RelatedBy.VECTORS));
      assertEquals(List.of("zh-debt", "zh-rail"), byVectors);
      assertTrue(!byTerms.equals(byVectors), byTerms + " vs " + byVectors);
    }
  }
}
