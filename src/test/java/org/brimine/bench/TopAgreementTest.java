package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.brimine.bench.TopAgreement.Ranked;
import org.brimine.bench.TopAgreement.Result;
import org.junit.jupiter.api.Test;

class TopAgreementTest {
  private static List<Ranked> list(Object... idsAndScores) {
    List<Ranked> list = new ArrayList<>();
    for (int i = 0; i < idsAndScores.length; i += 2) {
      list.add(new Ranked((String) idsAndScores[i], ((Number) idsAndScores[i + 1]).doubleValue()));
    }
    return list;
  }

  @Test
  void sameIdsInTheSameOrderAgreeExactly() {
    Result r = TopAgreement.compare(list("a", 3, "b", 2, "c", 1), list("a", 3, "b", 2, "c", 1), 3);
    assertEquals(new Result(true, true, true, 1.0), r);
  }

  @Test
  void swappedHitsOfDifferentScoresDisagreeButOverlapFully() {
    Result r = TopAgreement.compare(list("a", 3, "b", 2, "c", 1), list("b", 3, "a", 2, "c", 1), 3);
    assertFalse(r.exact());
    assertFalse(r.upToTies());
    assertEquals(1.0, r.overlap());
  }

  @Test
  void swappedHitsOfEqualScoreAgreeUpToTies() {
    Result r = TopAgreement.compare(list("a", 3, "b", 2, "c", 2, "d", 1),
        list("a", 3, "c", 2, "b", 2.00001, "d", 1), 10);
    assertFalse(r.exact());
    assertTrue(r.upToTies());
    assertEquals(1.0, r.overlap());
  }

  @Test
  void aTieCutByTheLastPlaceMayHoldOtherIds() {
    // k = 3: the three hits of score 1 are any three of the equally scored matches
    Result r = TopAgreement.compare(list("a", 1, "b", 1, "c", 1), list("a", 1, "x", 1, "y", 1), 3);
    assertFalse(r.exact());
    assertTrue(r.upToTies());
    assertEquals(1.0 / 3, r.overlap(), 1e-12);
  }

  @Test
  void aTieThatEndsAShortListIsComplete() {
    // fewer hits than k: every match is there, so the last tie must hold the same ids
    Result r = TopAgreement.compare(list("a", 2, "b", 1, "c", 1), list("a", 2, "b", 1, "x", 1), 10);
    assertFalse(r.upToTies());
    assertEquals(2.0 / 3, r.overlap(), 1e-12);
  }

  @Test
  void aTieInsideTheListMustHoldTheSameIds() {
    Result r = TopAgreement.compare(list("a", 2, "b", 2, "c", 1), list("a", 2, "x", 2, "c", 1), 3);
    assertFalse(r.upToTies());
  }

  @Test
  void scoresOnAnotherScaleKeepTheRankingButAreNotTheSameScores() {
    // a constant clause that one side scores 0 and the other 1 moves every score alike
    Result r = TopAgreement.compare(list("a", 2.0, "b", 1.0, "c", 1.0),
        list("a", 3.0, "c", 2.0, "b", 2.0), 10);
    assertFalse(r.exact());
    assertTrue(r.upToTies());
    assertFalse(r.sameScores());
  }

  @Test
  void tiesOnOneSideOnlyAreAnotherRanking() {
    Result r = TopAgreement.compare(list("a", 2.0, "b", 1.0), list("a", 1.0, "b", 1.0), 10);
    assertTrue(r.exact());
    assertFalse(r.upToTies());
    assertFalse(r.sameScores());
  }

  @Test
  void overlapIsOverTheLongerListAndOneWhenBothAreEmpty() {
    assertEquals(0.5, TopAgreement.compare(list("a", 1, "b", 1), list("a", 1), 10).overlap());
    assertEquals(new Result(true, true, true, 1.0), TopAgreement.compare(list(), list(), 10));
  }

  @Test
  void listsLongerThanKAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TopAgreement.compare(list("a", 2, "b", 1), list("a", 2), 1));
    assertTrue(e.getMessage().contains("k=1"), e.getMessage());
  }
}
