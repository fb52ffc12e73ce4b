package org.brimine.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Precision, recall and F1 on a case worked out by hand. */
class ThemeEvaluationTest {
  @Test
  void computesPerThemeFiguresAndTheirMacroAverage() {
    ThemeEvaluation e = new ThemeEvaluation(List.of("a", "b"));
    e.add(Set.of("a"), Set.of("a"));          // a: TP
    e.add(Set.of("a", "b"), Set.of("b"));     // a: FN, b: TP
    e.add(Set.of(), Set.of("a", "x"));        // a: FP, x ignored
    e.add(Set.of("b"), Set.of());             // b: FN
    var a = e.figures().get(0);
    var b = e.figures().get(1);
    assertEquals(0.5, a.precision(), 1e-12);  // 1 / (1 + 1)
    assertEquals(0.5, a.recall(), 1e-12);     // 1 / (1 + 1)
    assertEquals(0.5, a.f1(), 1e-12);
    assertEquals(1.0, b.precision(), 1e-12);  // 1 / 1
    assertEquals(0.5, b.recall(), 1e-12);     // 1 / 2
    assertEquals(2.0 / 3, b.f1(), 1e-12);     // 2 * 1 * 0.5 / 1.5
    assertEquals((0.5 + 2.0 / 3) / 2, e.macroF1(), 1e-12);
    assertEquals(4, e.items());
    // Pooled over themes: TP 2, FP 1, FN 2, so P 2/3, R 1/2.
    assertEquals(2 * 2.0 / (2 * 2 + 1 + 2), e.microF1(), 1e-12);
  }
}
