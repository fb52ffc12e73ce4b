package org.brimine.cli;

import java.util.Locale;

/** Formats elapsed time for summary lines. */
final class Timing {
  private Timing() {}

  static String seconds(long startedNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startedNanos) / 1e9);
  }
}
