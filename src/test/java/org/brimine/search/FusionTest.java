package org.brimine.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fusion of hand-built rankings whose merged order and scores are worked out by hand. */
class FusionTest {
  private static List<RankedRecord> ranking(Object... idScore) {
    List<RankedRecord> out = new java.util.ArrayList<>();
    for (int i = 0; i < idScore.length; i += 2) {
      out.add(new RankedRecord((String) idScore[i], ((Number) idScore[i + 1]).floatValue()));
    }
    return out;
  }

  private static List<String> ids(List<RankedRecord> ranked) {
    return ranked.stream().map(RankedRecord::id).toList();
  }

  @Test
  void reciprocalRankFusionSumsOneOverKPlusRank() {
    // k = 60: a 1/61 + 1/63 = 0.032266; b 1/62 + 1/61 = 0.032523; c 1/63; d 1/62
    List<RankedRecord> fused = Fusion.RRF.fuse(ranking("a", 9, "b", 5, "c", 1),
        ranking("b", 0.9, "d", 0.8, "a", 0.7), 10);
    assertEquals(List.of("b", "a", "d", "c"), ids(fused));
    assertEquals(1.0 / 62 + 1.0 / 61, fused.get(0).score(), 1e-6);
    assertEquals(1.0 / 61 + 1.0 / 63, fused.get(1).score(), 1e-6);
    assertEquals(1.0 / 62, fused.get(2).score(), 1e-6);
  }

  @Test
  void reciprocalRankFusionIgnoresScores() {
    List<RankedRecord> lexical = ranking("a", 100, "b", 1);
    List<RankedRecord> dense = ranking("c", 0.5, "d", 0.4);
    assertEquals(ids(Fusion.RRF.fuse(lexical, dense, 10)),
        ids(Fusion.RRF.fuse(ranking("a", 2, "b", 1.9), ranking("c", 0.9, "d", 0.1), 10)));
  }

  @Test
  void equalFusedScoresKeepTheLexicalOrderFirst() {
    // a and c both first once: equal scores; a was first in the lexical ranking
    assertEquals(List.of("a", "c", "b", "d"),
        ids(Fusion.RRF.fuse(ranking("a", 3, "b", 2), ranking("c", 3, "d", 2), 10)));
  }

  @Test
  void weightedSumNormalisesEachRankingToZeroOne() {
    // lexical 10, 6, 2 -> 1, 0.5, 0; dense 0.9, 0.5 -> 1, 0 (x absent from dense)
    // weight 0.25: a 0.75*1 + 0.25*0 = 0.75; b 0.75*0.5 = 0.375 + 0.25 * 1 = 0.625; c 0
    List<RankedRecord> fused = Fusion.weighted(0.25f).fuse(ranking("a", 10, "b", 6, "c", 2),
        ranking("b", 0.9, "a", 0.5), 10);
    assertEquals(List.of("a", "b", "c"), ids(fused));
    assertEquals(0.75, fused.get(0).score(), 1e-6);
    assertEquals(0.625, fused.get(1).score(), 1e-6);
    assertEquals(0.0, fused.get(2).score(), 1e-6);
    // weight 0.75: a 0.25; b 0.125 + 0.75 = 0.875
    assertEquals(List.of("b", "a", "c"), ids(Fusion.weighted(0.75f).fuse(
        ranking("a", 10, "b", 6, "c", 2), ranking("b", 0.9, "a", 0.5), 10)));
  }

  @Test
  void weightZeroIsTheLexicalRankingAndOneTheDense() {
    List<RankedRecord> lexical = ranking("a", 3, "b", 2, "c", 1);
    List<RankedRecord> dense = ranking("c", 0.9, "b", 0.8, "a", 0.1);
    assertEquals(List.of("a", "b", "c"), ids(Fusion.weighted(0f).fuse(lexical, dense, 10)));
    assertEquals(List.of("c", "b", "a"), ids(Fusion.weighted(1f).fuse(lexical, dense, 10)));
  }

  @Test
  void cutsTheFusedRankingAtTheDepth() {
    assertEquals(List.of("b"), ids(Fusion.RRF.fuse(ranking("a", 1, "b", 0.5),
        ranking("b", 1), 1)));
    assertTrue(Fusion.RRF.fuse(List.of(), List.of(), 5).isEmpty());
  }

  @Test
  void readsFusionsByNameAndQuotesABadOne() {
    assertEquals(Fusion.RRF, Fusion.of("rrf"));
    assertEquals(20, Fusion.of("rrf:20").k());
    assertEquals(0.3f, Fusion.of("weighted:0.3").denseWeight());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Fusion.of("max"));
    assertTrue(e.getMessage().contains("'max'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Fusion.of("weighted:1.5"));
  }
}
