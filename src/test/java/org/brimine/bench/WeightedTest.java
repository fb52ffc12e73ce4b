package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class WeightedTest {
  private static final List<Integer> SEEN = List.of(2015, 2023, 2023, 2023, 2024, 2024);

  private static List<Integer> draws(List<Integer> seen, int n) {
    Weighted<Integer> years = new Weighted<>(seen);
    UniformRandomProvider random = Randomness.of(3, 0);
    List<Integer> drawn = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      drawn.add(years.draw(random));
    }
    return drawn;
  }

  @Test
  void drawsValuesAsOftenAsTheyWereSeen() {
    int n = 60_000;
    Map<Integer, Integer> counts = new HashMap<>();
    draws(SEEN, n).forEach(year -> counts.merge(year, 1, Integer::sum));
    // expected 10,000, 30,000 and 20,000; binomial sd at most 123
    assertEquals(10_000, counts.get(2015), 600);
    assertEquals(30_000, counts.get(2023), 600);
    assertEquals(20_000, counts.get(2024), 600);
    assertEquals(3, counts.size());
  }

  @Test
  void theOrderValuesWereSeenInChangesNoDraw() {
    List<Integer> shuffled = new ArrayList<>(SEEN);
    Collections.reverse(shuffled);
    assertEquals(draws(SEEN, 1000), draws(shuffled, 1000));
    assertEquals(List.of(2015, 2023, 2024), new Weighted<>(shuffled).values());
  }

  @Test
  void refusesNothingSeen() {
    assertThrows(IllegalArgumentException.class, () -> new Weighted<Integer>(List.of()));
  }
}
