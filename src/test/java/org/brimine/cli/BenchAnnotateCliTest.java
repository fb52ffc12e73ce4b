package org.brimine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code bri bench annotate} refuses sizes it cannot build before loading anything. */
class BenchAnnotateCliTest {
  @Test
  void refusesASizeBelowOneMegabyteWithAUsageError() {
    CliRun r = CliRun.of("bench", "annotate", "--sizes", "5,0");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("got 0"), r.err());
  }

  @Test
  void isListedAmongTheBenchmarks() {
    CliRun r = CliRun.of("bench");
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("annotate"), r.err());
  }
}
