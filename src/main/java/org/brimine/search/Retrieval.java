package org.brimine.search;

import java.util.Locale;
import java.util.Objects;
import org.brimine.model.Romanisation;

/**
 * Which rankings make the result: the lexical one alone ({@link Ranking}'s BM25), the dense one
 * alone (nearest paper vectors to the query's), or both merged by a {@link Fusion}.
 *
 * @param mode which rankings
 * @param fusion how a hybrid merges them (kept, unused, by the other modes)
 * @param hanHybrid whether a hybrid re-ranks a query with Han characters by meaning too; if
 *     not, such a query ranks by its words alone
 */
public record Retrieval(Mode mode, Fusion fusion, boolean hanHybrid) {
  /** Which rankings make the result. */
  public enum Mode { LEXICAL, DENSE, HYBRID }

  /** Lexical ranking alone: what the product did before vectors. */
  public static final Retrieval LEXICAL = new Retrieval(Mode.LEXICAL, Fusion.RRF, false);

  /**
   * The product's retrieval: hybrid, the lexical matches' first 100 re-ranked by a weighted sum
   * in which the dense score weighs 0.5; a query with Han characters by its words alone. Chosen
   * per language on the development collections of BENCHMARKS.md ("Dense and hybrid
   * retrieval") and reported on the held-out ones: among RRF (k 60, 20) and weighted sums (0.2,
   * 0.3, 0.5, 0.7), 0.5 has the best mean MAP gain over lexical on Cranfield and en-news
   * (+3.7%; held out, en-news-heldout +5.0%); on zh-news every hybrid with the Chinese model
   * loses MAP (-1.0% to -9.0%), so Chinese queries rank lexically (held out, zh-news-heldout:
   * 0.2 and 0.3 would gain 1-2%, 0.5 loses 0.5%).
   */
  public static final Retrieval DEFAULT = new Retrieval(Mode.HYBRID, Fusion.weighted(0.5f),
      false);

  public Retrieval {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(fusion, "fusion");
  }

  /** A retrieval that merges every query's rankings, whatever its language, by {@code fusion}. */
  public Retrieval(Mode mode, Fusion fusion) {
    this(mode, fusion, true);
  }

  /**
   * A retrieval by name: {@code lexical}, {@code dense}, or {@code hybrid} with this fusion
   * (for the queries the product's hybrid re-ranks: see {@link #reranks}).
   *
   * @throws IllegalArgumentException for another name, quoting it
   */
  public static Retrieval of(String name, Fusion fusion) {
    try {
      return new Retrieval(Mode.valueOf(name.strip().toUpperCase(Locale.ROOT)), fusion,
          DEFAULT.hanHybrid());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("retrieval must be lexical, dense or hybrid, got '"
          + name + "'", e);
    }
  }

  /** Whether this retrieval needs the query's vector. */
  public boolean usesVectors() {
    return mode != Mode.LEXICAL;
  }

  /**
   * Whether a hybrid merges this query's rankings (in the other modes, whether the mode's own
   * ranking applies): all but a query with Han characters when {@link #hanHybrid} is off.
   */
  public boolean reranks(String queryText) {
    return mode != Mode.HYBRID || hanHybrid || !Romanisation.hasHan(queryText);
  }

  /** One word, or hybrid with its fusion. */
  public String describe() {
    return mode == Mode.HYBRID ? "hybrid (" + fusion.describe() + (hanHybrid ? ""
        : "; Chinese queries lexical") + ")" : mode.name().toLowerCase(Locale.ROOT);
  }
}
