package org.brimine.search;

import java.util.Locale;
import java.util.Objects;

/**
 * Which rankings make the result: the lexical one alone ({@link Ranking}'s BM25), the dense one
 * alone (nearest paper vectors to the query's), or both merged by a {@link Fusion}.
 *
 * @param mode which rankings
 * @param fusion how a hybrid merges them (kept, unused, by the other modes)
 */
public record Retrieval(Mode mode, Fusion fusion) {
  /** Which rankings make the result. */
  public enum Mode { LEXICAL, DENSE, HYBRID }

  /** Lexical ranking alone: what the product did before vectors. */
  public static final Retrieval LEXICAL = new Retrieval(Mode.LEXICAL, Fusion.RRF);

  /**
   * The product's retrieval: hybrid, the lexical matches' first 100 re-ranked by a weighted sum
   * in which the dense score weighs 0.5. Chosen among RRF (k 60, 20) and weighted sums (0.2,
   * 0.3, 0.5, 0.7) by the mean MAP gain over lexical on all three collections of BENCHMARKS.md
   * ("Dense and hybrid retrieval"): +2.4% (0.3: +2.1%, and the only one that loses MAP nowhere).
   * Cranfield alone would have chosen 0.7, which loses 8.5% MAP on en-news.
   */
  public static final Retrieval DEFAULT = new Retrieval(Mode.HYBRID, Fusion.weighted(0.5f));

  public Retrieval {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fusion, "fusion");
  }

  /**
   * A retrieval by name: {@code lexical}, {@code dense}, or {@code hybrid} with this fusion.
   *
   * @throws IllegalArgumentException for another name, quoting it
   */
  public static Retrieval of(String name, Fusion fusion) {
    try {
      return new Retrieval(Mode.valueOf(name.strip().toUpperCase(Locale.ROOT)), fusion);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("retrieval must be lexical, dense or hybrid, got '"
          + name + "'", e);
    }
  }

  /** Whether this retrieval needs the query's vector. */
  public boolean usesVectors() {
    return mode != Mode.LEXICAL;
  }

  /** One word, or hybrid with its fusion. */
  public String describe() {
    return mode == Mode.HYBRID ? "hybrid (" + fusion.describe() + ")"
        : mode.name().toLowerCase(Locale.ROOT);
  }
}
