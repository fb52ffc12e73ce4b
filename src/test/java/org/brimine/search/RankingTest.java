package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.brimine.eval.CollectionDoc;
import org.brimine.index.RecordWriter;
import org.brimine.index.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ranking options (BM25, proximity bonus, RM3 feedback) on a small real index. */
class RankingTest {
  private static final Map<String, Float> EQUAL = Map.of(Schema.TITLE, 1f, Schema.ABSTRACT, 1f);
  private static final Ranking PLAIN = new Ranking(EQUAL);

  @TempDir
  static Path dir;

  @BeforeAll
  static void buildIndex() throws IOException {
    try (RecordWriter writer = RecordWriter.open(dir)) {
      writer.write(doc("near", "the swap line with the central bank was renewed after long talks"
          + " held in the capital city"));
      writer.write(doc("far", "swap staff before a credit line"));
      writer.write(doc("fb1", "currency swap agreement renminbi settlement clearing"));
      writer.write(doc("fb2", "currency swap renminbi clearing bank settlement"));
      writer.write(doc("only", "renminbi clearing and settlement arrangements"));
      // filler, so that the feedback words occur in under 10% of the records
      for (int i = 0; i < 40; i++) {
        writer.write(doc("filler" + i, "railway port corridor number " + i));
      }
      writer.commit();
    }
  }

  private static org.brimine.model.AnnotatedPaper doc(String id, String text) {
    return new CollectionDoc(id, "", "", text).asPaper();
  }

  private static List<String> ids(Ranking ranking, String query) throws IOException {
    try (RecordSearcher searcher = RecordSearcher.open(dir, ranking)) {
      return searcher.rankings().lexical(query, 50).stream().map(RankedRecord::id).toList();
    }
  }

  @Test
  void proximityBonusPutsNeighbouringWordsFirstWithoutChangingTheMatches() throws IOException {
    Ranking near = PLAIN.withProximity(new Proximity(2, 1f));
    List<String> plain = ids(PLAIN, "swap line");
    List<String> withBonus = ids(near, "swap line");
    assertEquals(plain.stream().sorted().toList(), withBonus.stream().sorted().toList());
    assertTrue(plain.indexOf("far") < plain.indexOf("near"), "shorter wins: " + plain);
    assertTrue(withBonus.indexOf("near") < withBonus.indexOf("far"), withBonus.toString());
  }

  @Test
  void feedbackOnAPlainQueryFindsRecordsWithOnlyTheExpansionWords() throws IOException {
    Ranking rm3 = PLAIN.withFeedback(new Feedback(2, 5, 0.5f));
    assertFalse(ids(PLAIN, "currency swap").contains("only"));
    assertTrue(ids(rm3, "currency swap").contains("only"), ids(rm3, "currency swap").toString());
  }

  @Test
  void feedbackNeverWidensAQueryWithOperatorsOrFieldNames() throws IOException {
    Ranking rm3 = PLAIN.withFeedback(new Feedback(2, 5, 0.5f));
    List<String> plain = ids(PLAIN, "currency AND swap");
    List<String> expanded = ids(rm3, "currency AND swap");
    assertEquals(List.of("fb1", "fb2"), plain.stream().sorted().toList());
    assertEquals(plain.stream().sorted().toList(), expanded.stream().sorted().toList());
    assertFalse(ids(rm3, "abstract:currency abstract:swap").contains("only"),
        "a field name keeps the matches to that field");
  }

  @Test
  void bm25ParametersChangeScoresAtSearchTime() throws IOException {
    try (RecordSearcher lucene = RecordSearcher.open(dir, PLAIN);
        RecordSearcher flat = RecordSearcher.open(dir, PLAIN.withBm25(1.2f, 0f))) {
      float a = lucene.rankings().lexical("bank", 5).get(0).score();
      float b = flat.rankings().lexical("bank", 5).get(0).score();
      assertTrue(Math.abs(a - b) > 1e-4, a + " vs " + b);
    }
  }

  @Test
  void refusesBadRankingValuesQuotingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PLAIN.withBm25(1.2f, 1.5f));
    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> PLAIN.withBoosts(Map.of("author", 2f)));
    assertTrue(e.getMessage().contains("'author'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Feedback(10, 10, 1.5f));
  }
}
