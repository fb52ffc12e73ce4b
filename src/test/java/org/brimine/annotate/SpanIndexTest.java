package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.brimine.model.EntityMention;
import org.junit.jupiter.api.Test;

/** The overlap check that merges gazetteer and statistical mentions, on built mention lists. */
class SpanIndexTest {
  private static EntityMention at(int start, int end) {
    return new EntityMention("ORGANIZATION", "x".repeat(end - start), "x", 0, start, end, "test");
  }

  @Test
  void findsOverlapsOnEitherSideAndInside() {
    SpanIndex index = SpanIndex.of(List.of(at(10, 20), at(30, 35)));
    assertTrue(index.overlaps(5, 11), "runs into the start");
    assertTrue(index.overlaps(19, 25), "runs out of the end");
    assertTrue(index.overlaps(12, 14), "inside");
    assertTrue(index.overlaps(0, 100), "around both");
    assertFalse(index.overlaps(0, 10), "ends where a span starts");
    assertFalse(index.overlaps(20, 30), "between the spans, touching both");
    assertFalse(index.overlaps(35, 40), "starts where the last ends");
  }

  @Test
  void aLongSpanIsNotHiddenByTheShortSpansInsideIt() {
    // Looking only at the span that starts last before the query (a plain floor look-up)
    // would see [12, 14) and miss [10, 40) around it.
    SpanIndex index = SpanIndex.of(List.of(at(12, 14), at(10, 40), at(20, 22)));
    assertTrue(index.overlaps(30, 32));
    assertTrue(index.overlaps(15, 16));
    assertFalse(index.overlaps(40, 50));
  }

  @Test
  void knowsNothingWhenEmpty() {
    assertFalse(SpanIndex.of(List.of()).overlaps(0, Integer.MAX_VALUE));
  }

  @Test
  void answersAsCheckingEveryMentionWouldOnRandomLists() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      List<EntityMention> mentions = new ArrayList<>();
      for (int i = random.nextInt(30); i > 0; i--) {
        int start = random.nextInt(200);
        mentions.add(at(start, start + random.nextInt(25)));
      }
      SpanIndex index = SpanIndex.of(mentions);
      for (int q = 0; q < 100; q++) {
        int start = random.nextInt(220);
        int end = start + random.nextInt(20);
        boolean expected = mentions.stream().anyMatch(m -> start < m.end() && m.start() < end);
        assertEquals(expected, index.overlaps(start, end), mentions + " vs [" + start + ", "
            + end + ")");
      }
    }
  }
}
