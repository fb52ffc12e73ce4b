package org.brimine.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class ZipfTest {
  @Test
  void drawsRanksInProportionToTheirZipfWeight() {
    Zipf zipf = new Zipf(100, 1.0);
    UniformRandomProvider random = Randomness.of(1, 0);
    int[] counts = new int[100];
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      counts[zipf.draw(random)]++;
    }
    double h = 0;
    for (int k = 1; k <= 100; k++) {
      h += 1.0 / k;
    }
    assertEquals(n / h, counts[0], 0.03 * n / h);
    assertEquals(n / h / 10, counts[9], 0.1 * n / h / 10);
  }

  @Test
  void refusesNoRanks() {
    assertThrows(IllegalArgumentException.class, () -> new Zipf(0, 1.0));
  }
}
